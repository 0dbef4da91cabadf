import type { SearchResult } from '~/lib/search/search';
import type { SearchClientStrings } from '~/lib/search-site/client-strings';
import { resultBadge, resultDetails, resultTitle } from './result-parts';

/** A listbox option that opens `url`; options are not links, so the combobox stays a single tab stop. */
export function popupOption(
  id: string,
  url: string,
  content: (Node | string)[],
  className = 'search-option',
): HTMLElement {
  const option = document.createElement('li');
  option.id = id;
  option.setAttribute('role', 'option');
  option.setAttribute('aria-selected', 'false');
  option.className = className;
  option.dataset['url'] = url;
  option.append(...content);
  return option;
}

/** What an option shows for a result: badge and title, then the section and the snippet. */
export function resultOptionContent(result: SearchResult, strings: SearchClientStrings): Node[] {
  const head = document.createElement('span');
  head.className = 'search-option-head';
  const title = document.createElement('span');
  title.className = 'search-title';
  title.append(resultTitle(result));
  head.append(resultBadge(result, strings), title);
  return [head, ...resultDetails(result, 'span')];
}
