import type { Locale } from '~/lib/i18n/locales';
import { defaultStoredTextChars } from '~/lib/search/stored-text';
import type { SearchDoc, SearchDocType } from '~/lib/search/search-doc';
import type { PageText } from './mdx-page-text';

/** A page to index: where it is, what it is called, and its text. */
export interface PageDocSpec {
  url: string;
  locale: Locale;
  type: SearchDocType;
  title: string;
  /** Text the page shows before its MDX body (a module's summary and objectives); default none. */
  lead?: string;
  text: PageText;
}

const joinText = (...parts: string[]): string =>
  parts
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join('\n');

/**
 * One doc for a page whose text fits the stored snippet text (1,000 characters), else one for the
 * page's start and one per `##` section (`url#anchor`, the heading as `section`), so that a match
 * deep in a long lesson still gets a snippet around it and a link to its section.
 */
export function pageDocs(spec: PageDocSpec, splitAbove = defaultStoredTextChars): SearchDoc[] {
  const { url, locale, type, title, lead = '', text } = spec;
  const whole = joinText(lead, text.intro, ...text.sections.flatMap((section) => [section.heading, section.text]));
  if (whole.replace(/\s+/g, ' ').length <= splitAbove) return [{ id: url, locale, type, title, body: whole }];
  // A heading that slugs to '' (punctuation only) has no usable anchor: its text stays with the page start.
  const anchorless = text.sections.filter((section) => section.anchor === '');
  const start: SearchDoc = {
    id: url,
    locale,
    type,
    title,
    body: joinText(lead, text.intro, ...anchorless.flatMap((section) => [section.heading, section.text])),
  };
  const sections = text.sections
    .filter((section) => section.anchor !== '')
    .map((section): SearchDoc => ({
      id: `${url}#${section.anchor}`,
      locale,
      type,
      title,
      section: section.heading,
      body: section.text.trim(),
    }));
  return [start, ...sections];
}
