/**
 * <concept-filter>: filters the items (elements with data-filter-text) inside it as the reader
 * types. The box is hidden in the markup and shown here, so without JavaScript the full list stays.
 */
class ConceptFilter extends HTMLElement {
  #input: HTMLInputElement | null = null;
  #onInput = (): void => this.#apply();

  connectedCallback(): void {
    const box = this.querySelector<HTMLElement>('[data-filter-box]');
    this.#input = box?.querySelector('input') ?? null;
    if (!box || !this.#input) return;
    box.hidden = false;
    this.#input.addEventListener('input', this.#onInput);
    if (this.#input.value !== '') this.#apply();
  }

  disconnectedCallback(): void {
    this.#input?.removeEventListener('input', this.#onInput);
  }

  #apply(): void {
    const query = (this.#input?.value ?? '').trim().toLowerCase();
    const words = query.split(/\s+/).filter((word) => word !== '');
    let shown = 0;
    for (const item of this.querySelectorAll<HTMLElement>('[data-filter-text]')) {
      const text = item.dataset['filterText'] ?? '';
      const match = words.every((word) => text.includes(word));
      item.hidden = !match;
      if (match) shown += 1;
    }
    for (const group of this.querySelectorAll<HTMLElement>('[data-type-group]')) {
      group.hidden = group.querySelector('[data-filter-text]:not([hidden])') === null;
    }
    const none = this.querySelector<HTMLElement>('[data-filter-none]');
    if (none) none.hidden = shown > 0;
    const status = this.querySelector<HTMLElement>('[data-filter-status]');
    const template = this.dataset['shownTemplate'] ?? '{count}';
    if (status) status.textContent = query === '' ? '' : template.replace('{count}', String(shown));
  }
}

if (!customElements.get('concept-filter')) customElements.define('concept-filter', ConceptFilter);

// A module, not a global script: its names stay its own.
export {};
