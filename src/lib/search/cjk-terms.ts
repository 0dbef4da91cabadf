/** The terms a run of CJK text is indexed under. */
export interface CjkTerms {
  /** Every character, so one-character queries find it. */
  chars: string[];
  /** Every pair of neighbouring characters: a query of n characters matches where all its pairs occur. */
  bigrams: string[];
  /** Words of two or more characters as `Intl.Segmenter` cuts them; they rank whole-word matches higher. */
  words: string[];
}

let segmenter: Intl.Segmenter | null | undefined;

// Created on first use; a browser without Intl.Segmenter only loses the ranking boost of whole words.
function zhSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  }
  return segmenter;
}

/** Splits a run of CJK characters (already folded) into its characters, bigrams and segmenter words. */
export function cjkTerms(run: string): CjkTerms {
  const chars = Array.from(run);
  const bigrams = chars.slice(1).map((char, i) => `${chars[i] ?? ''}${char}`);
  const words: string[] = [];
  for (const { segment, isWordLike } of zhSegmenter()?.segment(run) ?? []) {
    if (isWordLike === true && Array.from(segment).length >= 2) words.push(segment);
  }
  return { chars, bigrams, words };
}
