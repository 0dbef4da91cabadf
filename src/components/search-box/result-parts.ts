import type { SearchResult } from '~/lib/search/search';
import type { SearchClientStrings } from '~/lib/search-site/client-strings';
import { typeLabel } from '~/lib/search-site/count-text';
import { highlightedText } from './highlighted-text';

function element(tag: string, className: string, ...children: (Node | string)[]): HTMLElement {
  const made = document.createElement(tag);
  made.className = className;
  made.append(...children);
  return made;
}

/** A result's type badge: 概念 / Lesson. */
export function resultBadge(result: SearchResult, strings: SearchClientStrings): HTMLElement {
  return element('span', `search-badge search-badge-${result.type}`, typeLabel(strings, result.type));
}

/** A result's title with the query marked. */
export function resultTitle(result: SearchResult): DocumentFragment {
  return highlightedText(result.title, result.titleHighlights);
}

/** The section line (for a result inside a long page) and the snippet, as block elements of `tag`. */
export function resultDetails(result: SearchResult, tag: 'span' | 'p'): HTMLElement[] {
  const parts: HTMLElement[] = [];
  if (result.section !== undefined) parts.push(element(tag, 'search-section', result.section));
  if (result.snippet.text !== '') {
    parts.push(element(tag, 'search-snippet', highlightedText(result.snippet.text, result.snippet.highlights)));
  }
  return parts;
}
