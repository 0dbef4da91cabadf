import { otherEnd } from '~/lib/graph-view/graph-index';
import { neighboursOf } from '~/lib/graph-view/neighbourhood';
import { relationshipClause } from '~/lib/graph-view/path-sentence';
import { compact, h } from './dom';
import type { Explorer } from './explorer';
import { edgeGlyph, nodeGlyph } from './glyphs';

/** Relationship lists longer than this start closed. */
const OPEN_LIST = 12;

/**
 * The details of the selected node: name, type, definition, section, citation and links, every
 * relationship with the section it comes from, and the actions (focus, expand, path ends).
 */
export class Details {
  constructor(
    private readonly body: HTMLElement,
    private readonly explorer: Explorer,
    signal: AbortSignal,
  ) {
    body.addEventListener('click', (event) => this.#clicked(event), { signal });
  }

  /** Moves keyboard focus to the details of the selected node (Enter in the outline). */
  focus(): void {
    this.body.querySelector<HTMLElement>('h3')?.focus();
  }

  /** Shows the selected node, or the hint when none is. */
  render(): void {
    const { explorer } = this;
    const node = explorer.node(explorer.state.selected);
    if (!node) {
      this.body.replaceChildren(h('p', { class: 'hint' }, explorer.t('details.empty')));
      return;
    }
    const t = explorer.t.bind(explorer);
    const otherLang = explorer.options.lang.startsWith('zh') ? 'en' : 'zh-Hant';
    const placed = explorer.scene.nodes.some((n) => n.node.id === node.id);
    const canExpand =
      placed && neighboursOf(explorer.index, node.id).some((id) => !explorer.scene.nodes.some((n) => n.node.id === id));
    const edges = explorer.index.incident.get(node.id) ?? [];
    const facts = h(
      'dl',
      { class: 'facts' },
      h('dt', {}, t('details.type')),
      h('dd', {}, nodeGlyph(explorer.nodeStyles.get(node.type), 16), ` ${explorer.index.nodeTypeName(node.type)}`),
      node.section ? h('dt', {}, t('details.section')) : undefined,
      node.section ? h('dd', {}, node.section) : undefined,
      h('dt', {}, t('details.degree')),
      h('dd', {}, String(node.degree)),
    );
    const relationships = h(
      'details',
      { class: 'relationships', open: edges.length <= OPEN_LIST },
      h('summary', {}, `${t('details.degree')} (${edges.length})`),
      h(
        'ul',
        {},
        ...edges.map((edge) =>
          h(
            'li',
            {},
            edgeGlyph(explorer.edgeStyles.get(edge.type), 26),
            h(
              'button',
              { type: 'button', class: 'link-button', 'data-go': otherEnd(edge, node.id) },
              relationshipClause(explorer.index, edge.id, explorer.words),
            ),
            h('span', { class: 'cite' }, citation(edge.section, edge.basis, t)),
          ),
        ),
      ),
    );
    this.body.replaceChildren(
      ...compact(
        h('h3', { tabindex: -1 }, node.name),
        node.alt ? h('p', { class: 'alt', lang: otherLang }, node.alt) : undefined,
        facts,
        node.def ? h('p', { class: 'definition' }, node.def) : undefined,
        node.citation
          ? h('p', { class: 'citation' }, h('strong', {}, `${t('details.citation')}: `), node.citation)
          : undefined,
        node.url ? h('p', {}, h('a', { href: node.url, rel: 'noopener noreferrer' }, node.url)) : undefined,
        h('p', {}, h('a', { href: explorer.conceptHref(node.id), class: 'concept-link' }, t('details.concept'))),
        h(
          'div',
          { class: 'actions' },
          explorer.state.focus !== node.id
            ? h('button', { type: 'button', 'data-act': 'focus' }, t('details.focus'))
            : undefined,
          canExpand ? h('button', { type: 'button', 'data-act': 'expand' }, t('details.expand')) : undefined,
          h('button', { type: 'button', 'data-act': 'from' }, t('details.pathFrom')),
          h('button', { type: 'button', 'data-act': 'to' }, t('details.pathTo')),
          h('button', { type: 'button', 'data-act': 'close' }, t('details.close')),
        ),
        edges.length > 0 ? relationships : undefined,
      ),
    );
  }

  #clicked(event: Event): void {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
    const id = this.explorer.state.selected;
    if (!button || id === undefined) return;
    const go = button.dataset['go'];
    if (go !== undefined) {
      this.explorer.update((state) => {
        state.selected = go;
        if (!this.explorer.scene.nodes.some((n) => n.node.id === go)) state.steps.push({ kind: 'more', id });
      }, 'details');
      this.focus();
      return;
    }
    switch (button.dataset['act']) {
      case 'focus':
        this.explorer.update((state) => void ((state.focus = id), (state.steps = [])), 'details', { push: true });
        break;
      case 'expand':
        this.explorer.update((state) => void state.steps.push({ kind: 'expand', id }), 'details');
        break;
      case 'from':
        this.explorer.update((state) => void ((state.from = id), (state.alt = 0)), 'details');
        break;
      case 'to':
        this.explorer.update((state) => void ((state.to = id), (state.alt = 0)), 'details');
        break;
      case 'close':
        this.explorer.update((state) => void delete state.selected, 'details');
        break;
    }
  }
}

function citation(section: string, basis: string, t: Explorer['t']): string {
  const parts = [
    section ? `${t('details.section')} ${section}` : '',
    basis === 'explicit' || basis === 'interpretive' ? t(`basis.${basis}`) : '',
  ];
  return parts.filter(Boolean).join(' · ');
}
