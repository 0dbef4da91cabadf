import { foldForSearch, foldWithOffsets } from './fold';
import { phraseKeyOfTexts } from './phrase-key';
import { splitTextRuns, textRunTexts } from './text-runs';

/** A non-CJK word of folded text and where it is. */
export interface FoldedWord {
  start: number;
  end: number;
  text: string;
}

/** Folded text and, when folding moved units (NFKC expansions, astral characters), the way back. */
export interface FoldedView {
  folded: string;
  /** Where folded unit i came from in the original; null when every unit stayed in place (almost always). */
  offsets: { startOf: number[]; endOf: number[] } | null;
}

/** Folds `text`, building offset tables only when folding changed its length. */
function foldedViewOf(text: string): FoldedView {
  const folded = foldForSearch(text);
  if (folded.length === text.length) return { folded, offsets: null };
  const { startOf, endOf } = foldWithOffsets(text);
  return { folded, offsets: { startOf, endOf } };
}

/**
 * A stored title or text with what ranking and highlighting derive from it, each computed on first
 * use and kept: a doc matched by many queries is folded and stemmed once, not once per query.
 */
export interface PreparedText {
  readonly text: string;
  /** The folded text and the way back to the original. */
  folded(): FoldedView;
  /** The folded text as `phraseKeyOf` writes it, for phrase ranking. */
  phraseKey(): string;
  /** The folded text's non-CJK words, for highlighting English queries. */
  words(): FoldedWord[];
}

function once<T>(compute: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: compute() }).v;
}

/** Wraps `text` so that its folding, phrase key and stemmed words are computed at most once. */
export function prepareText(text: string): PreparedText {
  const folded = once(() => foldedViewOf(text));
  return {
    text,
    folded,
    phraseKey: once(() => phraseKeyOfTexts(textRunTexts(folded().folded))),
    words: once(() =>
      splitTextRuns(folded().folded)
        .filter((run) => run.kind === 'word')
        .map((run) => ({ start: run.start, end: run.start + run.text.length, text: run.text })),
    ),
  };
}
