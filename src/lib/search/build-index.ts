import type { Locale } from '~/lib/i18n/locales';
import { searchIndexFormat, type SearchDoc, type SerialisedSearchIndex, type StoredSearchDoc } from './search-doc';
import { defaultStoredTextChars, storedTextOf } from './stored-text';
import { termIndexOf } from './term-index';

/** Options of `buildSearchIndex`. */
export interface BuildSearchIndexOptions {
  /** Body characters kept per doc for snippets (default 1000); the whole body is indexed regardless. */
  storedTextChars?: number;
}

function checkDocs(docs: readonly SearchDoc[], locale: Locale): void {
  const seen = new Set<string>();
  for (const doc of docs) {
    if (doc.locale !== locale) {
      throw new Error(
        `Search doc "${doc.id}" is in ${doc.locale} but the index being built is for ${locale}: ` +
          `pass each locale's docs to its own buildSearchIndex call.`,
      );
    }
    if (seen.has(doc.id))
      throw new Error(`Search doc id "${doc.id}" is used twice in ${locale}; ids are URLs and must be unique.`);
    seen.add(doc.id);
  }
}

function storedDocOf(doc: SearchDoc, maxChars: number): StoredSearchDoc {
  const stored: StoredSearchDoc = {
    url: doc.id,
    type: doc.type,
    title: doc.title,
    text: storedTextOf(doc.body, maxChars),
  };
  if (doc.section !== undefined) stored.section = doc.section;
  return stored;
}

/**
 * Builds one locale's search index file: the term counts of title (boost 10), section (3) and body,
 * analysed by the CJK-aware tokenizer and the English pipeline step, plus the stored fields results
 * are shown from. Throws when a doc is of another locale or an id repeats.
 */
export function buildSearchIndex(
  docs: readonly SearchDoc[],
  locale: Locale,
  options: BuildSearchIndexOptions = {},
): SerialisedSearchIndex {
  checkDocs(docs, locale);
  const maxChars = options.storedTextChars ?? defaultStoredTextChars;
  return {
    format: searchIndexFormat,
    locale,
    index: termIndexOf(docs.map((doc) => ({ title: doc.title, section: doc.section ?? '', body: doc.body }))),
    docs: docs.map((doc) => storedDocOf(doc, maxChars)),
  };
}
