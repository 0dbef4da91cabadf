import { parseBrowserGraph } from '~/lib/graph-view/parse-browser-graph';
import { makeFolder } from '~/lib/graph-view/search-fold';
import { makeNodeSearch } from '~/lib/graph-view/search-nodes';
import type { ExplorerStrings } from '~/lib/graph-view/strings';
import { decodeState } from '~/lib/graph-view/url-state';
import type { ViewName } from '~/lib/graph-view/view-state';
import { toDepth } from '~/lib/graph-view/view-state';
import { Canvas, loadCytoscape } from './canvas';
import { NodeCombobox } from './combobox';
import { Details } from './details';
import { part } from './dom';
import { Explorer } from './explorer';
import { Exporter } from './exporter';
import { Legend } from './legend';
import { Outline } from './outline';
import { PathPanel } from './path-panel';

/**
 * <graph-explorer data-src data-view data-concept-base data-strings>: fetches the graph data,
 * then wires the parts GraphExplorer.astro rendered (search, toolbar, drawing, outline, details,
 * path finder, legend, exports) to one Explorer. Cytoscape is imported only when the drawing is
 * shown. Everything it starts is stopped in disconnectedCallback.
 */
export class GraphExplorerElement extends HTMLElement {
  #abort = new AbortController();
  #canvas: Canvas | undefined;

  connectedCallback(): void {
    this.#abort = new AbortController();
    void this.#start(this.#abort.signal);
  }

  /** Where a node is drawn on the page (client coordinates), for touch and pointer tests and embedding pages. */
  clientPositionOf(id: string): { x: number; y: number } | undefined {
    return this.#canvas?.clientPosition(id);
  }

  disconnectedCallback(): void {
    this.#abort.abort();
    this.#canvas?.destroy();
    this.#canvas = undefined;
  }

  async #start(signal: AbortSignal): Promise<void> {
    const strings = JSON.parse(this.dataset['strings'] ?? '{}') as ExplorerStrings;
    const status = part(this, 'status');
    // Cytoscape downloads and compiles while the graph data is fetched, unless only the list is shown.
    if (!decodeState(location.search).listOnly) loadCytoscape().catch(() => undefined);
    let data;
    try {
      const response = await fetch(this.dataset['src'] ?? '', { signal });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      data = parseBrowserGraph(await response.json());
    } catch (error) {
      if (signal.aborted) return;
      status.textContent = (strings['status.error'] ?? '{error}').replace(
        '{error}',
        error instanceof Error ? error.message : String(error),
      );
      this.dataset['state'] = 'error';
      return;
    }
    if (signal.aborted) return;
    performance.mark('graph-explorer:data');
    const view = (
      ['full', 'figure1', 'chains'].includes(this.dataset['view'] ?? '') ? this.dataset['view'] : 'full'
    ) as ViewName;
    const explorer = new Explorer(
      data,
      {
        view,
        lang: document.documentElement.lang || 'zh-Hant',
        conceptBase: this.dataset['conceptBase'] ?? '/concepts/',
        strings,
      },
      decodeState(location.search),
      part(this, 'announcer'),
    );
    this.#wire(explorer, signal);
    this.dataset['state'] = 'ready';
    performance.mark('graph-explorer:ready');
    if (explorer.missing.length > 0)
      explorer.announce(explorer.t('announce.missing', { ids: explorer.missing.join(', ') }));
  }

  #wire(explorer: Explorer, signal: AbortSignal): void {
    const search = makeNodeSearch(explorer.index, makeFolder(explorer.index.graph.fold));
    const stage = part(this, 'stage');
    const searchInput = part<HTMLInputElement>(this, 'search');
    const canvas = new Canvas(part(this, 'canvas'), explorer, () => {
      performance.mark('graph-explorer:drawn');
      this.dataset['canvas'] = 'drawn';
    });
    this.#canvas = canvas;
    const details = new Details(part(this, 'details-body'), explorer, signal);
    const outline = new Outline(
      part(this, 'outline'),
      part(this, 'outline-summary'),
      explorer,
      () => searchInput.focus(),
      () => details.focus(),
      signal,
    );
    const legend = new Legend(part(this, 'legend-body'), explorer, signal);
    const paths = new PathPanel(part(this, 'path'), explorer, search, signal);
    new Exporter(part<HTMLDetailsElement>(this, 'export'), explorer, canvas, signal);
    new NodeCombobox(
      searchInput,
      part(this, 'search-list'),
      explorer,
      search,
      (node) => {
        explorer.update(
          (state) => void ((state.focus = node.id), (state.selected = node.id), (state.steps = [])),
          'search',
          { push: true },
        );
      },
      signal,
    );

    const depth = part<HTMLSelectElement>(this, 'depth');
    const clearFocus = part<HTMLButtonElement>(this, 'clear-focus');
    const listOnly = part<HTMLButtonElement>(this, 'list-only');
    const status = part(this, 'status');
    depth.addEventListener(
      'change',
      () => explorer.update((state) => void (state.depth = toDepth(Number(depth.value))), 'toolbar'),
      { signal },
    );
    clearFocus.addEventListener(
      'click',
      () => explorer.update((state) => void (delete state.focus, (state.steps = [])), 'toolbar', { push: true }),
      { signal },
    );
    listOnly.addEventListener(
      'click',
      () => explorer.update((state) => void (state.listOnly = !state.listOnly), 'toolbar'),
      { signal },
    );
    for (const [action, run] of [
      ['zoom-in', () => canvas.zoom(1.3)],
      ['zoom-out', () => canvas.zoom(1 / 1.3)],
      ['fit', () => canvas.fit()],
    ] as const) {
      part(this, action).addEventListener('click', run, { signal });
    }
    part(this, 'details-body').addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape') outline.focusActive();
      },
      { signal },
    );
    const chip = part(this, 'chip');
    const chipName = part(this, 'chip-name');
    part(this, 'chip-details').addEventListener(
      'click',
      () => {
        part(this, 'details-body').scrollIntoView({ block: 'start' });
        details.focus();
      },
      { signal },
    );
    window.addEventListener('popstate', () => explorer.restore(decodeState(location.search)), { signal });

    explorer.attach((change) => {
      const { state, scene } = explorer;
      depth.value = String(state.depth);
      depth.disabled = state.focus === undefined;
      clearFocus.hidden = state.focus === undefined;
      listOnly.setAttribute('aria-pressed', String(state.listOnly));
      stage.hidden = state.listOnly;
      this.toggleAttribute('data-list-only', state.listOnly);
      const selected = explorer.node(state.selected);
      chip.hidden = !selected;
      chipName.textContent = selected?.name ?? '';
      status.hidden = scene.nodes.length > 0;
      status.textContent = scene.nodes.length > 0 ? '' : explorer.t('status.empty');
      outline.render(change);
      details.render();
      legend.render();
      paths.render();
      if (state.listOnly) return;
      void canvas.ensure().then(() => {
        canvas.render(change);
        if (change.previous.listOnly) canvas.refit();
      });
    });
  }
}

if (!customElements.get('graph-explorer')) customElements.define('graph-explorer', GraphExplorerElement);
