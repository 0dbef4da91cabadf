import type { ViewNode } from '~/lib/graph-view/browser-graph';
import { pathSentence, relationshipClause } from '~/lib/graph-view/path-sentence';
import { NodeCombobox } from './combobox';
import { compact, h, part } from './dom';
import type { Explorer } from './explorer';

/**
 * "How are A and B related?": two node comboboxes, the shortest path and its alternatives written
 * as sentences with the section of every step, or an explicit "no connection" answer.
 */
export class PathPanel {
  readonly #from: NodeCombobox;
  readonly #to: NodeCombobox;

  constructor(
    private readonly host: HTMLElement,
    private readonly explorer: Explorer,
    search: (query: string) => ViewNode[],
    signal: AbortSignal,
  ) {
    const set = (end: 'from' | 'to') => (node: ViewNode) =>
      explorer.update((state) => void ((state[end] = node.id), (state.alt = 0)), 'path');
    this.#from = new NodeCombobox(
      part(host, 'path-from'),
      part(host, 'path-from-list'),
      explorer,
      search,
      set('from'),
      signal,
    );
    this.#to = new NodeCombobox(part(host, 'path-to'), part(host, 'path-to-list'), explorer, search, set('to'), signal);
    part(host, 'path-form').addEventListener('submit', (event) => this.#find(event), { signal });
    host.addEventListener('click', (event) => this.#clicked(event), { signal });
  }

  #find(event: Event): void {
    event.preventDefault();
    const from = this.#from.resolve();
    const to = this.#to.resolve();
    this.explorer.update((state) => {
      if (from) state.from = from.id;
      if (to) state.to = to.id;
      state.alt = 0;
    }, 'path');
    if (!from || !to) this.explorer.announce(this.explorer.t('path.missing'));
  }

  #clicked(event: Event): void {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
    if (!button) return;
    const action = button.dataset['act'];
    if (action === 'swap') {
      this.explorer.update((state) => {
        const { from, to } = state;
        delete state.from;
        delete state.to;
        if (to !== undefined) state.from = to;
        if (from !== undefined) state.to = from;
        state.alt = 0;
      }, 'path');
    } else if (action === 'clear') {
      this.explorer.update((state) => void (delete state.from, delete state.to, (state.alt = 0)), 'path');
    } else if (button.dataset['alt'] !== undefined) {
      const alt = Number(button.dataset['alt']);
      this.explorer.update((state) => void (state.alt = alt), 'path');
    }
  }

  /** Shows the ends and the answer. */
  render(): void {
    const { explorer } = this;
    const { state, scene } = explorer;
    const from = explorer.node(state.from);
    const to = explorer.node(state.to);
    if (document.activeElement !== part(this.host, 'path-from')) this.#from.show(from);
    if (document.activeElement !== part(this.host, 'path-to')) this.#to.show(to);
    const result = part(this.host, 'path-result');
    if (!from || !to) {
      result.replaceChildren();
      return;
    }
    if (from === to) {
      result.replaceChildren(h('p', { class: 'path-none' }, explorer.t('path.same')));
      return;
    }
    if (scene.paths.length === 0) {
      result.replaceChildren(
        h('p', { class: 'path-none', 'data-answer': 'none' }, explorer.t('path.none', { a: from.name, b: to.name })),
      );
      return;
    }
    const chosen = scene.path;
    result.replaceChildren(
      ...compact(
        h(
          'p',
          { class: 'path-sentence', 'data-answer': 'path' },
          chosen ? pathSentence(explorer.index, chosen, explorer.words) : '',
        ),
        chosen
          ? h(
              'ol',
              { class: 'path-steps' },
              ...chosen.edges.map((id) => {
                const edge = explorer.index.edges.get(id)!;
                return h(
                  'li',
                  {},
                  relationshipClause(explorer.index, id, explorer.words),
                  edge.section
                    ? h('span', { class: 'cite' }, ` ${explorer.t('details.section')} ${edge.section}`)
                    : undefined,
                );
              }),
            )
          : undefined,
        scene.paths.length > 1
          ? h('p', { class: 'path-count' }, explorer.t('path.count', { n: scene.paths.length }))
          : undefined,
        scene.paths.length > 1
          ? h(
              'div',
              {
                class: 'path-alternatives',
                role: 'group',
                'aria-label': explorer.t('path.count', { n: scene.paths.length }),
              },
              ...scene.paths.map((path, i) =>
                h(
                  'button',
                  { type: 'button', 'data-alt': i, 'aria-pressed': String(path === chosen) },
                  explorer.t('path.option', { n: i + 1, hops: path.edges.length }),
                ),
              ),
            )
          : undefined,
      ),
    );
  }
}
