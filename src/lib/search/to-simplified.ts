import { ConverterFactory } from 'opencc-js/core';
import toCn from 'opencc-js/to/cn';

// The same Traditional→Simplified tables as `~/lib/i18n/to-hans` (OpenCC "t2s"), loaded without the
// rest of opencc-js: ~24 kB gzip in the browser instead of ~560 kB for the full package.
const convert = ConverterFactory(...toCn);

/**
 * Converts Traditional Chinese to Simplified for search folding. Equals `toHans` on NFC text; OpenCC's
 * compatibility-ideograph pass is left to the Unicode normalisation done by `foldForSearch`.
 */
export function toSimplifiedForSearch(text: string): string {
  return convert(text);
}
