import { cjkTerms } from './cjk-terms';
import { englishTermOf } from './lunr-pipeline';
import { prepareText, type PreparedText } from './prepared-text';
import type { QueryPlan } from './query-plan';

/** `[start, end)` in UTF-16 units of the text as written; the UI wraps these in `<mark>` text nodes. */
export type HighlightRange = [start: number, end: number];

function occurrences(text: string, term: string): HighlightRange[] {
  const found: HighlightRange[] = [];
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) {
    found.push([at, at + term.length]);
  }
  return found;
}

function cjkRanges(folded: string, run: string): HighlightRange[] {
  const whole = occurrences(folded, run);
  if (whole.length > 0 || Array.from(run).length <= 2) return whole;
  // The run is not there as written (results may hold its bigrams apart): mark the bigrams.
  return cjkTerms(run).bigrams.flatMap((bigram) => occurrences(folded, bigram));
}

// Porter stemming only rewrites endings, so a word can stem to a query stem only if it starts with
// the stem's first letter: the others are not stemmed at all.
function wordRanges(prepared: PreparedText, stems: readonly string[]): HighlightRange[] {
  if (stems.length === 0) return [];
  const firstLetters = new Set(stems.map((stem) => stem.charAt(0)));
  return prepared
    .words()
    .filter((word) => firstLetters.has(word.text.charAt(0)) && stems.includes(englishTermOf(word.text) ?? ''))
    .map((word) => [word.start, word.end]);
}

function mergeRanges(ranges: HighlightRange[]): HighlightRange[] {
  const merged: HighlightRange[] = [];
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1])) {
    const last = merged.at(-1);
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/**
 * Where the query's CJK runs and English words occur in `text`, sorted and merged. Matching happens on
 * folded text and is mapped back, so 韧性 marks 韌性 and "govern" marks "Governance".
 */
export function highlightRanges(text: string | PreparedText, plan: QueryPlan): HighlightRange[] {
  const prepared = typeof text === 'string' ? prepareText(text) : text;
  const { folded, offsets } = prepared.folded();
  const ranges = [...plan.cjkRuns.flatMap((run) => cjkRanges(folded, run)), ...wordRanges(prepared, plan.stems)];
  const merged = mergeRanges(ranges);
  if (offsets === null) return merged;
  return merged.map(([start, end]) => [offsets.startOf[start] ?? 0, offsets.endOf[end - 1] ?? prepared.text.length]);
}
