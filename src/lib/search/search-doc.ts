import type { Locale } from '~/lib/i18n/locales';
import type { SerialisedTermIndex } from './term-index';

/** What kind of page a result is; the UI groups or labels results by it. */
export type SearchDocType = 'lesson' | 'concept' | 'quiz' | 'module' | 'page';

/** A page, or one section of a long page, as the index builder receives it. */
export interface SearchDoc {
  /** The URL a result links to (with `#anchor` for a section); unique within a locale. */
  id: string;
  /** The language of title and body; zh-Hans docs are the zh-Hant ones passed through `toHans`. */
  locale: Locale;
  type: SearchDocType;
  title: string;
  /** Plain text, markup already removed; indexed in full, stored only up to a bound (see README). */
  body: string;
  /** Heading of the section the doc covers, shown under the title; indexed with a small boost. */
  section?: string;
}

/** The fields of a doc kept in the index file to show a result without fetching the page. */
export interface StoredSearchDoc {
  url: string;
  type: SearchDocType;
  title: string;
  section?: string;
  /** The start of the body, whitespace collapsed, ending in "…" when cut; snippets are cut from it. */
  text: string;
}

/** Bumped when the tokeniser or the file shape changes, so a stale index fails loudly (2: term counts, not lunr's JSON). */
export const searchIndexFormat = 2;

/** The JSON file written at build time for one locale and loaded on the first search. */
export interface SerialisedSearchIndex {
  format: typeof searchIndexFormat;
  locale: Locale;
  /** Term counts per field and doc (see term-index.ts); docs are numbered by their position in `docs`. */
  index: SerialisedTermIndex;
  docs: StoredSearchDoc[];
}
