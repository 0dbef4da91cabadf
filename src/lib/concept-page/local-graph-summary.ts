import type { Locale } from '~/lib/i18n/locales';
import type { LocalGraphLayout } from './local-graph-layout';
import { conceptStrings, fill } from './strings';

/** How many names the spoken summary lists before "and others"; the full list is on the page. */
const NAMED = 8;

/** The accessible name of a local graph: what is in the centre, how many nodes surround it, and the first few by name. */
export function localGraphSummary(locale: Locale, layout: LocalGraphLayout): string {
  const t = conceptStrings.for(locale);
  const labels = layout.ring.map((node) => node.label);
  const named = labels.slice(0, NAMED).join(t('list.separator'));
  const names = labels.length > NAMED ? `${named}${locale === 'en' ? ' ' : ''}${t('localGraph.andMore')}` : named;
  return layout.centre
    ? fill(t('localGraph.summary'), { name: layout.centre.label, count: labels.length, names })
    : fill(t('localGraph.summaryRing'), { count: labels.length, names });
}
