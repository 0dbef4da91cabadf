/** A stretch of text that is tokenised one way: Chinese-like (no spaces between words) or a word. */
export interface TextRun {
  kind: 'cjk' | 'word';
  text: string;
  /** Offset of the run in the text it was cut from, in UTF-16 units. */
  start: number;
}

// Han plus kana: scripts written without spaces, so they are indexed by characters and bigrams.
const cjk = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]`;
const cjkChar = new RegExp(cjk, 'u');
const runPattern = new RegExp(String.raw`${cjk}+|(?:(?!${cjk})[\p{L}\p{M}\p{N}])+`, 'gu');

/** True when `text` contains a Han or kana character. */
export function hasCjk(text: string): boolean {
  return cjkChar.test(text);
}

/**
 * Cuts text into runs of CJK characters and words of other letters or digits; punctuation, spaces
 * and symbols separate runs and are dropped. "AI決策鏈。" → `ai`-word, `決策鏈`-cjk.
 */
export function splitTextRuns(text: string): TextRun[] {
  return Array.from(text.matchAll(runPattern), (match) => ({
    kind: hasCjk(match[0]) ? 'cjk' : 'word',
    text: match[0],
    start: match.index,
  }));
}

/** The texts of `splitTextRuns(text)` without their kinds and offsets: less to allocate when only the words matter. */
export function textRunTexts(text: string): string[] {
  return text.match(runPattern) ?? [];
}
