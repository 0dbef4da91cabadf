import { toSimplifiedForSearch } from './to-simplified';

const beyondAscii = /[^ -~\t\n\r]/;

/**
 * The one form that both the index and the query are compared in: Simplified script, NFKC (so
 * full-width `ＡＩ` is `ai` and compatibility ideographs are unified) and lower case.
 */
export function foldForSearch(text: string): string {
  // ASCII is its own NFKC form and holds no Traditional characters: only its case folds.
  if (!beyondAscii.test(text)) return text.toLowerCase();
  return toSimplifiedForSearch(text.normalize('NFKC')).toLowerCase();
}

/** Folded text with, for each of its UTF-16 units, the span of the original text it came from. */
export interface FoldedText {
  folded: string;
  /** `startOf[i]` is where the source of folded unit `i` starts in the original text. */
  startOf: number[];
  /** `endOf[i]` is where the source of folded unit `i` ends in the original text. */
  endOf: number[];
}

/**
 * Folds `text` and keeps the way back to the original, so a match found in folded text (韧性) can be
 * highlighted in the text as written (韌性). Folding is one unit per unit for almost all text; when it
 * is not (astral characters, NFKC expansions like ㎞→km), each code point is folded on its own.
 */
export function foldWithOffsets(text: string): FoldedText {
  const folded = foldForSearch(text);
  if (folded.length === text.length) {
    const startOf = Array.from({ length: folded.length }, (_, i) => i);
    return { folded, startOf, endOf: startOf.map((i) => i + 1) };
  }
  const result: FoldedText = { folded: '', startOf: [], endOf: [] };
  let start = 0;
  for (const char of text) {
    const piece = foldForSearch(char);
    const end = start + char.length;
    for (let i = 0; i < piece.length; i++) {
      result.startOf.push(start);
      result.endOf.push(end);
    }
    result.folded += piece;
    start = end;
  }
  return result;
}
