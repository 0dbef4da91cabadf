import { foldForSearch, foldWithOffsets } from './fold';
import { englishTermOf } from './lunr-pipeline';
import { phraseKeyOf } from './phrase-key';
import { splitTextRuns } from './text-runs';

/** A non-CJK word of folded text, where it is and the index term it stems to (null: a stop word). */
export interface StemmedWord {
  start: number;
  end: number;
  stem: string | null;
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
  /** The folded text's words with their stems, for highlighting English queries. */
  words(): StemmedWord[];
}

function once<T>(compute: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: compute() }).v;
}

/** Wraps `text` so that its folding, phrase key and stemmed words are computed at most once. */
export function prepareText(text: string): PreparedText {
  const folded = once(() => foldedViewOf(text));
  const runs = once(() => splitTextRuns(folded().folded));
  return {
    text,
    folded,
    phraseKey: once(() => phraseKeyOf(runs())),
    words: once(() =>
      runs()
        .filter((run) => run.kind === 'word')
        .map((run) => ({ start: run.start, end: run.start + run.text.length, stem: englishTermOf(run.text) })),
    ),
  };
}
