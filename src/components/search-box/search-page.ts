import type { SearchResult } from '~/lib/search/search';
import type { SearchClientStrings } from '~/lib/search-site/client-strings';
import { resultCountText } from '~/lib/search-site/count-text';
import { loadSearcher } from './load-searcher';
import { resultBadge, resultDetails, resultTitle } from './result-parts';
import { moveFocusInList } from './list-focus';

const debounceMs = 200;

function resultItem(result: SearchResult, strings: SearchClientStrings): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = result.url;
  link.append(resultTitle(result));
  heading.append(resultBadge(result, strings), ' ', link);
  item.append(heading, ...resultDetails(result, 'p'));
  return item;
}

/**
 * The search page: the query from `?q=` (kept in the URL as it changes), every page found as a list of
 * links (Tab or the arrow keys move through them) and an aria-live count. The index loads when there is
 * a query or the field is focused. Markup: SearchResults.astro.
 */
class SearchPage extends HTMLElement {
  #input!: HTMLInputElement;
  #list!: HTMLOListElement;
  #live!: HTMLElement;
  #strings!: SearchClientStrings;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #run = 0;
  #listeners: AbortController | undefined;

  connectedCallback(): void {
    this.#input = this.querySelector('input')!;
    this.#list = this.querySelector('[data-results]')!;
    this.#live = this.querySelector('[data-live]')!;
    this.#strings = JSON.parse(this.dataset['strings'] ?? '{}') as SearchClientStrings;
    this.#listeners = new AbortController();
    const options = { signal: this.#listeners.signal };
    this.querySelector('form')?.addEventListener('submit', (event) => this.#onSubmit(event), options);
    this.#input.addEventListener('focus', () => void loadSearcher(this.#indexUrl()).catch(() => undefined), options);
    this.#input.addEventListener('input', () => this.#schedule(), options);
    this.addEventListener('keydown', (event) => this.#onKeydown(event), options);
    const query = new URLSearchParams(window.location.search).get('q') ?? '';
    this.#input.value = query;
    if (query.trim() !== '') void this.#search();
  }

  disconnectedCallback(): void {
    this.#listeners?.abort();
    clearTimeout(this.#timer);
  }

  #indexUrl(): string {
    return this.dataset['index'] ?? '';
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    clearTimeout(this.#timer);
    void this.#search();
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#search(), debounceMs);
  }

  async #search(): Promise<void> {
    const query = this.#input.value.trim();
    const run = ++this.#run;
    const url = new URL(window.location.href);
    if (query === '') url.searchParams.delete('q');
    else url.searchParams.set('q', query);
    history.replaceState(history.state, '', url);
    if (query === '') {
      this.#list.replaceChildren();
      this.#live.textContent = '';
      return;
    }
    if (this.#list.childElementCount === 0) this.#live.textContent = this.#strings['status.loading'];
    try {
      const searcher = await loadSearcher(this.#indexUrl());
      if (run !== this.#run) return;
      const results = searcher.search(query);
      this.#list.replaceChildren(...results.map((result) => resultItem(result, this.#strings)));
      this.#live.textContent = resultCountText(this.#strings, results.length, query);
    } catch {
      if (run === this.#run) this.#live.textContent = this.#strings['status.failed'];
    }
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.isComposing || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    const links = [...this.#list.querySelectorAll('a')];
    if (moveFocusInList(this.#input, links, event.target, event.key === 'ArrowDown' ? 1 : -1)) event.preventDefault();
  }
}

if (!customElements.get('search-page')) customElements.define('search-page', SearchPage);
