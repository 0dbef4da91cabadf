import type { HighlightRange } from '~/lib/search/search';

/**
 * `text` as DOM nodes with each range wrapped in <mark>. Built from text nodes only: index text comes
 * from lessons and graph exports and must never be parsed as HTML.
 */
export function highlightedText(text: string, ranges: readonly HighlightRange[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at || end <= start) continue;
    if (start > at) fragment.append(document.createTextNode(text.slice(at, start)));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(start, end);
    fragment.append(mark);
    at = end;
  }
  if (at < text.length) fragment.append(document.createTextNode(text.slice(at)));
  return fragment;
}
