import type { SearchResult } from '~/lib/search/search';
import type { SearchClientStrings } from '~/lib/search-site/client-strings';
import { resultCountText, seeAllText } from '~/lib/search-site/count-text';
import { loadSearcher, type Searcher } from './load-searcher';
import { popupOption, resultOptionContent } from './popup-option';
import { isTypingTarget } from './typing-target';

const popupLimit = 6;
// Short snippets keep six results within a phone's screen: the popup does not scroll on its own.
const popupSnippetChars = 60;
const debounceMs = 120;

/**
 * The header's search field, an ARIA combobox: `/` focuses it, typing lists the best pages in a popup
 * listbox (arrows move, Enter opens, Escape closes) and an aria-live line says how many were found.
 * The index and the search code are fetched on the first focus or keystroke, never on page load.
 * Markup: SearchBox.astro (data-index, data-search-page, data-strings).
 */
class SearchBox extends HTMLElement {
  #input!: HTMLInputElement;
  #popup!: HTMLElement;
  #listbox!: HTMLElement;
  #status!: HTMLElement;
  #live!: HTMLElement;
  #strings!: SearchClientStrings;
  #options: HTMLElement[] = [];
  #active = -1;
  #searcher: Searcher | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #run = 0;
  #listeners: AbortController | undefined;

  connectedCallback(): void {
    this.#input = this.querySelector('input')!;
    this.#popup = this.querySelector('[data-popup]')!;
    this.#listbox = this.querySelector('[role="listbox"]')!;
    this.#status = this.querySelector('[data-status]')!;
    this.#live = this.querySelector('[data-live]')!;
    this.#strings = JSON.parse(this.dataset['strings'] ?? '{}') as SearchClientStrings;
    this.#listeners = new AbortController();
    const options = { signal: this.#listeners.signal };
    document.addEventListener('keydown', (event) => this.#onShortcut(event), options);
    this.#input.addEventListener('focus', () => this.#onFocus(), options);
    this.#input.addEventListener('input', () => this.#schedule(), options);
    this.#input.addEventListener('keydown', (event) => this.#onKeydown(event), options);
    this.addEventListener('focusout', (event) => this.#onFocusOut(event), options);
    // Keeps focus in the field when an option is clicked, so the combobox stays one tab stop.
    this.#listbox.addEventListener('mousedown', (event) => event.preventDefault(), options);
    this.#listbox.addEventListener('click', (event) => this.#onClick(event), options);
  }

  disconnectedCallback(): void {
    this.#listeners?.abort();
    clearTimeout(this.#timer);
  }

  #onShortcut(event: KeyboardEvent): void {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    if (event.isComposing || isTypingTarget(event.target)) return;
    event.preventDefault();
    this.#input.focus();
    this.#input.select();
  }

  #onFocus(): void {
    // The first focus starts loading, so the index is usually ready by the first keystroke.
    loadSearcher(this.dataset['index'] ?? '').catch(() => undefined);
    if (this.#input.value.trim() !== '') this.#schedule();
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#search(), this.#searcher === undefined ? 0 : debounceMs);
  }

  async #search(): Promise<void> {
    const query = this.#input.value.trim();
    const run = ++this.#run;
    if (query === '') {
      this.#close();
      this.#live.textContent = '';
      return;
    }
    if (this.#searcher === undefined) this.#showStatus(this.#strings['status.loading']);
    try {
      this.#searcher = await loadSearcher(this.dataset['index'] ?? '');
    } catch {
      if (run === this.#run) this.#showStatus(this.#strings['status.failed'], true);
      return;
    }
    if (run === this.#run) this.#render(query, this.#searcher.search(query, popupSnippetChars));
  }

  #showStatus(text: string, announce = false): void {
    this.#status.textContent = text;
    this.#status.hidden = false;
    this.#listbox.hidden = true;
    this.#options = [];
    this.#open();
    if (announce) this.#live.textContent = text;
  }

  #render(query: string, results: SearchResult[]): void {
    const count = resultCountText(this.#strings, results.length, query);
    const id = (i: number) => `${this.#listbox.id}-${i}`;
    this.#options = results
      .slice(0, popupLimit)
      .map((result, i) => popupOption(id(i), result.url, resultOptionContent(result, this.#strings)));
    if (results.length > 0) {
      const all = `${this.dataset['searchPage'] ?? ''}?q=${encodeURIComponent(query)}`;
      this.#options.push(
        popupOption(id(this.#options.length), all, [seeAllText(this.#strings, results.length)], 'search-see-all'),
      );
    }
    this.#listbox.replaceChildren(...this.#options);
    this.#listbox.hidden = results.length === 0;
    this.#status.hidden = results.length > 0;
    this.#status.textContent = results.length > 0 ? '' : count;
    this.#live.textContent = count;
    this.#setActive(-1);
    this.#open();
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.isComposing) return;
    const open = !this.#popup.hidden;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (this.#options.length === 0) return;
      event.preventDefault();
      if (!open) this.#open();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const n = this.#options.length;
      this.#setActive(this.#active < 0 && step < 0 ? n - 1 : (this.#active + step + n) % n);
    } else if (event.key === 'Enter' && open && this.#active >= 0) {
      event.preventDefault();
      this.#go(this.#options[this.#active]?.dataset['url']);
    } else if (event.key === 'Escape') {
      if (open) this.#dismiss();
      else this.#clear();
      event.preventDefault();
    }
  }

  #onClick(event: MouseEvent): void {
    const option = (event.target as Element | null)?.closest<HTMLElement>('[role="option"]');
    if (option) this.#go(option.dataset['url']);
  }

  #onFocusOut(event: FocusEvent): void {
    if (!(event.relatedTarget instanceof Node && this.contains(event.relatedTarget))) this.#dismiss();
  }

  #go(url: string | undefined): void {
    if (url === undefined) return;
    this.#dismiss();
    window.location.assign(url);
  }

  #setActive(index: number): void {
    this.#options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    this.#active = index;
    const active = this.#options[index];
    if (active) {
      this.#input.setAttribute('aria-activedescendant', active.id);
      active.scrollIntoView({ block: 'nearest' });
    } else {
      this.#input.removeAttribute('aria-activedescendant');
    }
  }

  #clear(): void {
    this.#input.value = '';
    this.#options = [];
    this.#listbox.replaceChildren();
    this.#live.textContent = '';
  }

  #open(): void {
    this.#popup.hidden = false;
    this.#input.setAttribute('aria-expanded', 'true');
  }

  /** Closes the popup and drops any search still pending, so a late answer cannot reopen it. */
  #dismiss(): void {
    clearTimeout(this.#timer);
    this.#run++;
    this.#close();
  }

  #close(): void {
    this.#popup.hidden = true;
    this.#input.setAttribute('aria-expanded', 'false');
    this.#setActive(-1);
  }
}

if (!customElements.get('search-box')) customElements.define('search-box', SearchBox);
