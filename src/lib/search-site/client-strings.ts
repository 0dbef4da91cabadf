import type { Locale } from '~/lib/i18n/locales';
import { searchStrings } from './strings';

const clientKeys = [
  'box.seeAll',
  'status.loading',
  'status.failed',
  'count.none',
  'count.one',
  'count.other',
  'type.concept',
  'type.lesson',
  'type.module',
  'type.quiz',
  'type.page',
] as const;

/** The strings the browser side needs, rendered into a `data-strings` attribute as JSON. */
export type SearchClientStrings = Record<(typeof clientKeys)[number], string>;

/** The browser's share of the search strings in a page's language (build side only). */
export function searchClientStrings(locale: Locale): SearchClientStrings {
  const t = searchStrings.for(locale);
  return Object.fromEntries(clientKeys.map((key) => [key, t(key)])) as SearchClientStrings;
}
