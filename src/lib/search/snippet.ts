import { highlightRanges, type HighlightRange } from './highlight';
import { prepareText, type PreparedText } from './prepared-text';
import type { QueryPlan } from './query-plan';
import { snippetWindow } from './snippet-window';

/** A window of a result's text with the query's matches marked, as ranges into `text`. */
export interface Snippet {
  text: string;
  highlights: HighlightRange[];
}

/** Default snippet length in UTF-16 units: about two lines of Chinese or twenty English words on a phone. */
export const defaultSnippetChars = 120;

/**
 * Cuts at most `size` units of `text` around its first match (see `snippetWindow`), adding "…" where
 * text was cut; with no match the window is the start of the text. Ranges index the returned text.
 */
export function snippetOf(source: string | PreparedText, plan: QueryPlan, size = defaultSnippetChars): Snippet {
  const prepared = typeof source === 'string' ? prepareText(source) : source;
  const { text } = prepared;
  const all = highlightRanges(prepared, plan);
  if (text.length <= size) return { text, highlights: all };
  const [start, end] = snippetWindow(text, all[0] ?? [0, 0], size);
  const prefix = start > 0 ? '…' : '';
  const shift = prefix.length - start;
  const window = text.slice(start, end);
  return {
    text: end < text.length ? `${prefix}${window.trimEnd()}…` : `${prefix}${window}`,
    highlights: all
      .filter(([from, to]) => to > start && from < end)
      .map(([from, to]) => [Math.max(from, start) + shift, Math.min(to, end) + shift]),
  };
}
