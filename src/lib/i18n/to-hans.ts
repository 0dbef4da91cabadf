import { ConverterFactory } from 'opencc-js/core';
import toCn from 'opencc-js/to/cn';

// zh-Hans is never written by hand: it is generated from zh-Hant with OpenCC's character and phrase
// tables. Plain Traditional ("t", not "tw"/"twp") because the paper already uses mainland vocabulary in
// traditional script. Only the to-cn tables are loaded (~24 kB gzip), so browser code (short-answer
// grading, search) can use this too; NFC first maps compatibility ideographs to unified ones.
const convert = ConverterFactory(...toCn);

// No key of the to-cn tables contains an ASCII character, so only runs of non-ASCII text can change:
// converting each run alone gives the same result as converting the whole text, without walking the
// tables for every character of markup, URLs and Latin text. An ideographic description character
// (U+2FF0–U+2FFF) makes OpenCC skip the sequence it starts, which may run past ASCII: such text is
// converted whole.
const nonAsciiRun = /[\u0080-\uffff]+/g;
const ideographicDescription = /[\u2ff0-\u2fff]/;

/** Converts Traditional Chinese text to Simplified Chinese; other characters pass through unchanged. */
export function toHans(text: string): string {
  const normal = text.normalize('NFC');
  if (ideographicDescription.test(normal)) return convert(normal);
  return normal.replace(nonAsciiRun, (run) => convert(run));
}

// Elements marked lang="zh-Hant" are deliberately Traditional (e.g. the language switch's "繁體中文").
const keepTraditional = /<([a-zA-Z][\w-]*)\b[^>]*\blang="zh-Hant"[^>]*>/g;

/**
 * Converts a zh-Hant HTML page to zh-Hans, leaving the content of elements marked `lang="zh-Hant"` as
 * it is. Such elements must not contain a nested element of the same tag name.
 */
export function htmlToHans(html: string): string {
  let out = '';
  let from = 0;
  for (const match of html.matchAll(keepTraditional)) {
    if (match.index < from) continue;
    const close = `</${match[1]}>`;
    const end = html.indexOf(close, match.index);
    if (end < 0) continue;
    out += toHans(html.slice(from, match.index)) + html.slice(match.index, end + close.length);
    from = end + close.length;
  }
  return out + toHans(html.slice(from));
}
