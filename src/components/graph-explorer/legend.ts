import { legendRows, type LegendRow } from '~/lib/graph-view/legend-rows';
import type { ViewState } from '~/lib/graph-view/view-state';
import { h } from './dom';
import type { Explorer } from './explorer';
import { edgeGlyph, nodeGlyph } from './glyphs';

type Kind = 'node' | 'edge';
const hiddenKey = { node: 'hiddenNodeTypes', edge: 'hiddenEdgeTypes' } as const satisfies Record<Kind, keyof ViewState>;

/**
 * The legend is the filter: a checkbox per node type and relationship type, with the same shape
 * or line as the drawing and a live count of how many the view holds, plus fade/hide.
 */
export class Legend {
  readonly #boxes = new Map<string, { input: HTMLInputElement; count: HTMLElement; hint: HTMLElement }>();

  constructor(
    private readonly host: HTMLElement,
    private readonly explorer: Explorer,
    signal: AbortSignal,
  ) {
    const rows = legendRows(explorer.index, explorer.scene, explorer.state);
    host.replaceChildren(
      this.#fieldset('node', explorer.t('legend.nodeTypes'), rows.nodes),
      this.#fieldset('edge', explorer.t('legend.edgeTypes'), rows.edges),
      this.#modes(),
    );
    host.addEventListener('change', (event) => this.#changed(event), { signal });
    host.addEventListener('click', (event) => this.#clicked(event), { signal });
  }

  #fieldset(kind: Kind, title: string, rows: LegendRow[]): HTMLElement {
    const { explorer } = this;
    const items = rows.map((row) => {
      const input = h('input', { type: 'checkbox', 'data-kind': kind, value: row.id, checked: row.checked });
      const count = h('span', { class: 'count', 'aria-hidden': 'true' }, String(row.count));
      const hint = h('span', { class: 'visually-hidden' }, explorer.t('legend.count', { n: row.count }));
      this.#boxes.set(`${kind}\u0000${row.id}`, { input, count, hint });
      const glyph =
        kind === 'node' ? nodeGlyph(explorer.nodeStyles.get(row.id)) : edgeGlyph(explorer.edgeStyles.get(row.id), 30);
      return h('li', {}, h('label', {}, input, glyph, h('span', { class: 'name' }, row.name), hint, count));
    });
    return h(
      'fieldset',
      { class: 'legend-group' },
      h('legend', {}, title),
      h(
        'div',
        { class: 'legend-actions' },
        h('button', { type: 'button', 'data-all': kind, class: 'link-button' }, explorer.t('legend.all')),
        h('button', { type: 'button', 'data-none': kind, class: 'link-button' }, explorer.t('legend.none')),
      ),
      h('ul', { class: 'legend-list' }, ...items),
    );
  }

  #modes(): HTMLElement {
    const { explorer } = this;
    const radio = (value: ViewState['filterMode'], label: string) =>
      h(
        'label',
        {},
        h('input', { type: 'radio', name: 'gx-filter-mode', value, checked: explorer.state.filterMode === value }),
        ` ${label}`,
      );
    return h(
      'fieldset',
      { class: 'legend-mode' },
      h('legend', {}, explorer.t('legend.mode')),
      radio('fade', explorer.t('legend.fade')),
      radio('hide', explorer.t('legend.hide')),
    );
  }

  /** Updates the counts and the checked boxes. */
  render(): void {
    const { explorer } = this;
    const rows = legendRows(explorer.index, explorer.scene, explorer.state);
    for (const [kind, list] of [
      ['node', rows.nodes],
      ['edge', rows.edges],
    ] as const) {
      for (const row of list) {
        const box = this.#boxes.get(`${kind}\u0000${row.id}`);
        if (!box) continue;
        box.input.checked = row.checked;
        box.count.textContent = String(row.count);
        box.hint.textContent = explorer.t('legend.count', { n: row.count });
        box.input.closest('li')?.classList.toggle('empty', row.count === 0);
      }
    }
    for (const radio of this.host.querySelectorAll<HTMLInputElement>('input[type="radio"]'))
      radio.checked = radio.value === explorer.state.filterMode;
  }

  #changed(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (input.type === 'radio') {
      const mode = input.value === 'hide' ? 'hide' : 'fade';
      this.explorer.update((state) => void (state.filterMode = mode), 'legend');
      return;
    }
    const kind = input.dataset['kind'] as Kind | undefined;
    if (!kind) return;
    this.explorer.update((state) => {
      const hidden = new Set(state[hiddenKey[kind]]);
      if (input.checked) hidden.delete(input.value);
      else hidden.add(input.value);
      state[hiddenKey[kind]] = [...hidden];
    }, 'legend');
  }

  #clicked(event: Event): void {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
    const kind = (button?.dataset['all'] ?? button?.dataset['none']) as Kind | undefined;
    if (!button || !kind) return;
    const all = button.dataset['all'] !== undefined;
    const types = (kind === 'node' ? this.explorer.index.graph.nodeTypes : this.explorer.index.graph.edgeTypes).map(
      (t) => t.id,
    );
    this.explorer.update((state) => void (state[hiddenKey[kind]] = all ? [] : types), 'legend');
  }
}
