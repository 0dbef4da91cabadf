import type { ViewNode } from '~/lib/graph-view/browser-graph';
import { h } from './dom';
import type { Explorer } from './explorer';
import { nodeGlyph } from './glyphs';

/**
 * A node-name combobox (ARIA 1.2 pattern: an input with a listbox popup, the active option shown
 * with aria-activedescendant). Suggestions come from the whole graph in the page language;
 * choosing one calls `choose`. Used by the search box and both ends of the path finder.
 */
export class NodeCombobox {
  #options: ViewNode[] = [];
  #active = -1;
  #chosen: ViewNode | undefined;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly listbox: HTMLElement,
    private readonly explorer: Explorer,
    private readonly search: (query: string) => ViewNode[],
    private readonly choose: (node: ViewNode) => void,
    signal: AbortSignal,
  ) {
    input.addEventListener('input', () => this.#suggest(), { signal });
    input.addEventListener('keydown', (event) => this.#key(event), { signal });
    input.addEventListener('blur', () => window.setTimeout(() => this.close(), 150), { signal });
    listbox.addEventListener('mousedown', (event) => event.preventDefault(), { signal });
    listbox.addEventListener(
      'click',
      (event) => {
        const option = (event.target as HTMLElement).closest<HTMLElement>('[role="option"]');
        if (option) this.#pick(Number(option.dataset['index']));
      },
      { signal },
    );
  }

  /** The node last chosen, or the best suggestion for what is typed. */
  resolve(): ViewNode | undefined {
    if (this.#chosen && this.#chosen.name === this.input.value) return this.#chosen;
    return this.search(this.input.value)[0];
  }

  /** Shows a node's name in the input (as chosen), or clears it. */
  show(node: ViewNode | undefined): void {
    this.#chosen = node;
    this.input.value = node?.name ?? '';
  }

  /** Hides the suggestions. */
  close(): void {
    this.listbox.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.#active = -1;
  }

  #suggest(): void {
    this.#options = this.search(this.input.value);
    this.#active = -1;
    const id = this.listbox.id;
    const rows = this.#options.map((node, i) =>
      h(
        'li',
        { role: 'option', id: `${id}-${i}`, 'data-index': i, 'aria-selected': 'false' },
        nodeGlyph(this.explorer.nodeStyles.get(node.type), 16),
        h('span', { class: 'opt-name' }, node.name),
        h('span', { class: 'opt-type' }, this.explorer.index.nodeTypeName(node.type)),
      ),
    );
    if (rows.length === 0 && this.input.value.trim() !== '') {
      rows.push(
        h(
          'li',
          { class: 'opt-none', 'aria-disabled': 'true', role: 'option', 'aria-selected': 'false' },
          this.explorer.t('search.noMatch'),
        ),
      );
    }
    this.listbox.replaceChildren(...rows);
    const open = rows.length > 0;
    this.listbox.hidden = !open;
    this.input.setAttribute('aria-expanded', String(open));
    this.input.removeAttribute('aria-activedescendant');
  }

  #key(event: KeyboardEvent): void {
    const count = this.#options.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (this.listbox.hidden) this.#suggest();
      if (count === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.#setActive((this.#active + step + count) % count);
      event.preventDefault();
    } else if (event.key === 'Enter') {
      if (count > 0 && !this.listbox.hidden) {
        this.#pick(this.#active >= 0 ? this.#active : 0);
        event.preventDefault();
      }
    } else if (event.key === 'Escape' && !this.listbox.hidden) {
      this.close();
      event.preventDefault();
      event.stopPropagation();
    }
  }

  #setActive(index: number): void {
    this.#active = index;
    for (const [i, option] of [...this.listbox.children].entries())
      option.setAttribute('aria-selected', String(i === index));
    const option = this.listbox.children[index];
    if (option) {
      this.input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    }
  }

  #pick(index: number): void {
    const node = this.#options[index];
    if (!node) return;
    this.show(node);
    this.close();
    this.choose(node);
  }
}
