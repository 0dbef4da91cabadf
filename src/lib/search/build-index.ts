import lunr from 'lunr';
import type { Locale } from '~/lib/i18n/locales';
import { compactLunrIndex, type LunrIndexJson } from './compact-index';
import { normaliseEnglishTerm, searchTokenizer } from './lunr-pipeline';
import { searchIndexFormat, type SearchDoc, type SerialisedSearchIndex, type StoredSearchDoc } from './search-doc';
import { defaultStoredTextChars, storedTextOf } from './stored-text';

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
 * The lunr index of `docs` (refs are their positions): title (boost 10), section (3) and body, with
 * the CJK-aware tokenizer and the English pipeline step, and no term metadata.
 */
export function buildLunrIndex(docs: readonly SearchDoc[]): lunr.Index {
  const builder = new lunr.Builder();
  builder.tokenizer = searchTokenizer;
  builder.pipeline.add(normaliseEnglishTerm);
  builder.searchPipeline.add(normaliseEnglishTerm);
  builder.ref('ref');
  builder.field('title', { boost: 10 });
  builder.field('section', { boost: 3 });
  builder.field('body');
  docs.forEach((doc, i) =>
    builder.add({ ref: String(i), title: doc.title, section: doc.section ?? '', body: doc.body }),
  );
  return builder.build();
}

/**
 * Builds one locale's search index file: the compact lunr index plus the stored fields results are
 * shown from. Throws when a doc is of another locale or an id repeats.
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
    index: compactLunrIndex(buildLunrIndex(docs).toJSON() as LunrIndexJson),
    docs: docs.map((doc) => storedDocOf(doc, maxChars)),
  };
}
