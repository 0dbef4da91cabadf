import type { Locale } from '~/lib/i18n/locales';
import { buildSearchIndex } from '~/lib/search/build-index';
import type { SearchDoc } from '~/lib/search/search-doc';

/**
 * The text of one locale's search-index.json. The zh-Hans docs are converted to Simplified before
 * the index is built (site-search-docs.ts), so the endpoint marks the file as converted already
 * (ALREADY_HANS_HEADER) and src/middleware.ts leaves it alone: term counts point into the sorted
 * term list by position, and a second conversion would cost time for nothing.
 */
export function searchIndexJson(docs: readonly SearchDoc[], locale: Locale): string {
  return JSON.stringify(buildSearchIndex(docs, locale));
}
