import type { Locale } from '~/lib/i18n/locales';
import { htmlToHans } from '~/lib/i18n/to-hans';
import { buildSearchIndex } from '~/lib/search/build-index';
import type { SearchDoc } from '~/lib/search/search-doc';

// Writes every non-ASCII character as a JSON \u escape: the same data, with no Chinese text left
// for a converter to change.
function asciiJson(json: string): string {
  return json.replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The text of one locale's search-index.json. src/middleware.ts runs every zh-Hans JSON response through
 * the zh-Hant→zh-Hans converter, and the index must come out of it unchanged: term counts point into
 * its sorted term list by position. The zh-Hans docs are converted already, so converting again is
 * normally a no-op (checked here with the middleware's own function); if some text would still change,
 * the file is written with \u escapes, which the converter cannot touch.
 */
export function searchIndexJson(docs: readonly SearchDoc[], locale: Locale): string {
  const json = JSON.stringify(buildSearchIndex(docs, locale));
  if (locale !== 'zh-Hans' || htmlToHans(json) === json) return json;
  return asciiJson(json);
}
