import type {
  Core,
  ElementDefinition,
  EventObject,
  NodeCollection,
  NodeSingular,
  SingularElementReturnValue,
} from 'cytoscape';
import { nodeElementId, sceneElements } from '~/lib/graph-view/cy-elements';
import { cytoscapeStyle } from '~/lib/graph-view/cy-style';
import type { Change, Explorer } from './explorer';

/** Above this many nodes the canvas favours speed over finish (straight edges, textures while moving). */
const LARGE = 800;
/** Margin around the drawing when it is fitted, in screen pixels. */
const FIT_PADDING = 40;
/** Views with up to this many nodes include their labels when fitted. */
const LABELLED_FIT = 150;
/** Half the width of a "+N more" entry (cy-style.ts), in model units. */
const MORE_HALF_WIDTH = 42;
/** Fitting never zooms in further than this. */
const MAX_FIT_ZOOM = 1.3;

const importCytoscape = () => import('cytoscape');
let cytoscapeModule: ReturnType<typeof importCytoscape> | undefined;

/** Starts loading Cytoscape, once, so that it can arrive while the graph data does. */
export function loadCytoscape(): ReturnType<typeof importCytoscape> {
  cytoscapeModule ??= importCytoscape();
  return cytoscapeModule;
}

/**
 * The drawing: Cytoscape, imported on first use, showing the scene at its precomputed positions
 * (preset layout; no layout runs in the browser). Taps select, a "+N more" entry shows the rest,
 * a double tap expands. Positions the reader dragged to are kept until the focus changes.
 */
export class Canvas {
  #cy: Core | undefined;
  #loading: Promise<void> | undefined;
  readonly #dragged = new Map<string, { x: number; y: number }>();
  readonly #resize = new ResizeObserver(() => this.#cy?.resize());

  constructor(
    private readonly container: HTMLElement,
    private readonly explorer: Explorer,
    private readonly onDrawn: () => void,
  ) {}

  /** Loads Cytoscape and draws the current scene, once; later calls wait for the same drawing. */
  ensure(): Promise<void> {
    this.#loading ??= this.#create();
    return this.#loading;
  }

  /** Re-measures the container and fits the view (after the drawing was hidden). */
  refit(): void {
    this.#cy?.resize();
    this.#cy?.viewport(this.#fitted());
  }

  /**
   * The zoom and pan that fit everything drawn, with a margin; a small view is not blown up past
   * MAX_FIT_ZOOM, so a handful of nodes still look like part of a graph rather than a poster.
   */
  #fitted(): { zoom: number; pan: { x: number; y: number } } {
    const cy = this.#cy!;
    const box = this.#drawnBox();
    const width = Math.max(1, cy.width() - 2 * FIT_PADDING);
    const height = Math.max(1, cy.height() - 2 * FIT_PADDING);
    const zoom = Math.min(MAX_FIT_ZOOM, width / Math.max(1, box.w), height / Math.max(1, box.h));
    return {
      zoom,
      pan: { x: cy.width() / 2 - zoom * (box.x1 + box.w / 2), y: cy.height() / 2 - zoom * (box.y1 + box.h / 2) },
    };
  }

  /**
   * The model box of what is drawn. A small view asks Cytoscape, labels included. A big one adds up
   * its nodes' positions and sizes instead: Cytoscape's own box would style every element, route
   * every edge and measure every label before the first frame (its labels only show once zoomed
   * in, and its edges run between its nodes).
   */
  #drawnBox(): { x1: number; y1: number; w: number; h: number } {
    const cy = this.#cy!;
    const nodes = cy.nodes();
    if (nodes.length <= LABELLED_FIT) return cy.elements().boundingBox({ includeLabels: true });
    let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
    nodes.forEach((node) => {
      const at = node.position();
      const half = node.data('kind') === 'more' ? MORE_HALF_WIDTH : Number(node.data('size') ?? 0) / 2 + 2;
      x1 = Math.min(x1, at.x - half);
      x2 = Math.max(x2, at.x + half);
      y1 = Math.min(y1, at.y - half);
      y2 = Math.max(y2, at.y + half);
    });
    return { x1, y1, w: x2 - x1, h: y2 - y1 };
  }

  /** Figure 1 and the chains are small drawings meant to be read: larger labels, shown at any zoom. */
  get #curated(): boolean {
    return this.explorer.options.view !== 'full';
  }

  /** Whether the drawing exists (Cytoscape loaded and mounted). */
  get ready(): boolean {
    return this.#cy !== undefined;
  }

  async #create(): Promise<void> {
    const { default: cytoscape } = await loadCytoscape();
    performance.mark('graph-explorer:cytoscape');
    const { index, scene } = this.explorer;
    const large = index.graph.nodes.length > LARGE;
    // Created empty, then given its elements: a layout given at creation (even "preset") would set
    // every node's position a second time.
    const cy = cytoscape({
      container: this.container,
      style: cytoscapeStyle(index.graph.nodeTypes, index.graph.edgeTypes, {
        large,
        curated: this.#curated,
        wrapAnywhere: this.explorer.options.lang.startsWith('zh'),
      }),
      layout: { name: 'preset', fit: false },
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      autounselectify: true,
      textureOnViewport: large,
      hideEdgesOnViewport: large,
      motionBlur: false,
      pixelRatio: large ? 1 : 'auto',
    });
    const elements = this.#elements();
    cy.add(elements.filter((d) => d.group === 'nodes'));
    cy.add(elements.filter((d) => d.group === 'edges'));
    cy.one('render', () => this.onDrawn());
    cy.on('tap', 'node', (event) => this.#tap(event));
    cy.on('dbltap', 'node', (event) => this.#doubleTap(event));
    cy.on('dragfree', 'node', (event) => this.#dragged.set(event.target.id(), { ...event.target.position() }));
    this.#cy = cy;
    cy.viewport(this.#fitted());
    this.#resize.observe(this.container);
    if (scene.nodes.length === 0) this.onDrawn();
  }

  #elements(): ElementDefinition[] {
    const { scene, index, options } = this.explorer;
    const columns = options.view === 'figure1' ? index.graph.columns : [];
    return sceneElements(scene, index, (n) => this.explorer.t('more.label', { n }), columns, this.#curated ? 1.5 : 1);
  }

  #tap(event: EventObject): void {
    const ref = String(event.target.data('ref') ?? '');
    const kind = event.target.data('kind');
    if (kind === 'node') this.explorer.update((state) => void (state.selected = ref), 'canvas');
    if (kind === 'more') this.explorer.update((state) => void state.steps.push({ kind: 'more', id: ref }), 'canvas');
  }

  #doubleTap(event: EventObject): void {
    if (event.target.data('kind') !== 'node') return;
    const ref = String(event.target.data('ref'));
    const { state } = this.explorer;
    if (state.focus === undefined && !this.explorer.base.keepOnFocus) {
      this.explorer.update(
        (draft) => void ((draft.focus = ref), (draft.selected = ref), (draft.steps = [])),
        'canvas',
        { push: true },
      );
    } else this.explorer.update((draft) => void draft.steps.push({ kind: 'expand', id: ref }), 'canvas');
  }

  /** Brings the drawing up to date with the scene. */
  render(change: Change): void {
    const cy = this.#cy;
    if (!cy) return;
    const { state } = this.explorer;
    const newLayout =
      change.previous.focus !== state.focus || change.previous.depth !== state.depth || change.origin === 'history';
    if (newLayout) this.#dragged.clear();
    const definitions = this.#elements();
    const wanted = new Set(definitions.map((d) => d.data.id));
    let added = 0;
    cy.batch(() => {
      cy.elements()
        .filter((element) => !wanted.has(element.id()))
        .remove();
      const fresh: ElementDefinition[] = [];
      for (const definition of definitions) {
        const id = definition.data.id!;
        const existing = cy.getElementById(id);
        if (existing.empty()) {
          fresh.push(definition);
          continue;
        }
        update(existing, definition, this.#dragged.get(id));
      }
      added = fresh.length;
      cy.add(fresh.filter((d) => d.group === 'nodes'));
      cy.add(fresh.filter((d) => d.group === 'edges'));
    });
    if (newLayout || (added > 0 && !this.#inView(cy.nodes()))) cy.animate(this.#fitted(), { duration: 250 });
    if (state.selected !== change.previous.selected && change.origin !== 'canvas') this.reveal(state.selected);
  }

  /** Pans to a node when it is outside the visible part of the drawing. */
  reveal(id: string | undefined): void {
    const cy = this.#cy;
    if (!cy || id === undefined) return;
    const node = cy.getElementById(nodeElementId(id));
    if (node.nonempty() && !this.#inView(node)) cy.animate({ center: { eles: node } }, { duration: 200 });
  }

  #inView(eles: NodeCollection): boolean {
    const cy = this.#cy!;
    const view = cy.extent();
    return eles.toArray().every((node) => {
      const p = (node as NodeSingular).position();
      return p.x >= view.x1 && p.x <= view.x2 && p.y >= view.y1 && p.y <= view.y2;
    });
  }

  /** Where a node is drawn, in page (client) coordinates, or undefined when it is not drawn. */
  clientPosition(id: string): { x: number; y: number } | undefined {
    const node = this.#cy?.getElementById(nodeElementId(id));
    if (!node || node.empty()) return undefined;
    const box = this.container.getBoundingClientRect();
    const at = node.renderedPosition();
    return { x: box.left + at.x, y: box.top + at.y };
  }

  /** Zooms around the centre of the drawing by a factor. */
  zoom(factor: number): void {
    const cy = this.#cy;
    if (!cy) return;
    cy.animate(
      {
        zoom: {
          level: cy.zoom() * factor,
          position: { x: (cy.extent().x1 + cy.extent().x2) / 2, y: (cy.extent().y1 + cy.extent().y2) / 2 },
        },
      },
      { duration: 150 },
    );
  }

  /** Fits the whole view in the drawing. */
  fit(): void {
    this.#cy?.animate(this.#fitted(), { duration: 200 });
  }

  /** The drawing as a PNG, or undefined when it is not shown. */
  async png(): Promise<Blob | undefined> {
    if (!this.#cy || this.container.offsetParent === null) return undefined;
    return this.#cy.png({
      output: 'blob-promise',
      full: true,
      scale: 2,
      bg: '#ffffff',
      maxWidth: 6000,
      maxHeight: 6000,
    });
  }

  /** Removes Cytoscape and its listeners. */
  destroy(): void {
    this.#resize.disconnect();
    this.#cy?.destroy();
    this.#cy = undefined;
  }
}

/**
 * Brings a drawn element up to its definition, touching only what differs: every change makes
 * Cytoscape restyle the element, which for a whole big graph takes longer than a frame.
 */
function update(
  element: SingularElementReturnValue,
  definition: ElementDefinition,
  dragged: { x: number; y: number } | undefined,
): void {
  const classes = definition.classes ?? '';
  if (element.classes().join(' ') !== classes) element.classes(classes);
  const changed: Record<string, unknown> = {};
  let any = false;
  for (const [key, value] of Object.entries(definition.data)) {
    if (key === 'id' || key === 'source' || key === 'target' || element.data(key) === value) continue;
    changed[key] = value;
    any = true;
  }
  if (any) element.data(changed);
  const wanted = dragged ?? definition.position;
  if (!wanted) return;
  const at = element.position();
  if (at.x !== wanted.x || at.y !== wanted.y) element.position(wanted);
}
