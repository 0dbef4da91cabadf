import { conceptSlug } from '~/lib/concept-page/concept-url';
import type { BrowserGraph, ViewNode } from '~/lib/graph-view/browser-graph';
import { formatText } from '~/lib/graph-view/format-text';
import { type GraphIndex, indexGraph } from '~/lib/graph-view/graph-index';
import { pathSentence, type SentenceWords } from '~/lib/graph-view/path-sentence';
import { deriveScene, type Scene } from '~/lib/graph-view/scene';
import type { ExplorerStringKey, ExplorerStrings } from '~/lib/graph-view/strings';
import { edgeTypeStyles, type EdgeTypeStyle, nodeTypeStyles, type NodeTypeStyle } from '~/lib/graph-view/type-style';
import { encodeState, keepKnownIds } from '~/lib/graph-view/url-state';
import { viewBase, type ViewBase } from '~/lib/graph-view/view-base';
import type { ViewName, ViewState } from '~/lib/graph-view/view-state';

/** What the page tells the explorer (from data-* attributes). */
export interface ExplorerOptions {
  view: ViewName;
  /** The page language (html lang). */
  lang: string;
  /** Where concept pages live in the page language, e.g. "/en/concepts/". */
  conceptBase: string;
  strings: ExplorerStrings;
}

/** Where a change came from, so a part does not redo what the reader just did in it. */
export type Origin = 'init' | 'history' | 'outline' | 'canvas' | 'search' | 'legend' | 'details' | 'path' | 'toolbar';

/** What a part of the explorer is told after each change. */
export interface Change {
  origin: Origin;
  previous: ViewState;
  /** The set of nodes, relationships or "+N more" entries changed (not only flags such as the selection). */
  structure: boolean;
}

/**
 * The explorer's state and its single way of changing: `update` copies the state, lets the caller
 * change the copy, derives the scene, writes the URL, tells every part, and announces the result.
 */
export class Explorer {
  readonly index: GraphIndex;
  readonly base: ViewBase;
  readonly nodeStyles: Map<string, NodeTypeStyle>;
  readonly edgeStyles: Map<string, EdgeTypeStyle>;
  state: ViewState;
  scene: Scene;
  /** Ids the opening URL named that the graph does not have. */
  readonly missing: string[];
  readonly #parts: ((change: Change) => void)[] = [];
  readonly #announcer: HTMLElement;
  #signature = '';

  constructor(
    data: BrowserGraph,
    readonly options: ExplorerOptions,
    initial: ViewState,
    announcer: HTMLElement,
  ) {
    this.index = indexGraph(data);
    this.base = viewBase(this.index, options.view);
    this.nodeStyles = nodeTypeStyles(data.nodeTypes.map((t) => t.id));
    this.edgeStyles = edgeTypeStyles(data.edgeTypes.map((t) => t.id));
    this.#announcer = announcer;
    const known = keepKnownIds(initial, this.index);
    this.state = known.state;
    this.missing = known.missing;
    this.scene = deriveScene(this.index, this.base, this.state);
    this.#signature = signature(this.scene);
  }

  /** A UI string of the page language with its placeholders filled. */
  t(key: ExplorerStringKey, values: Record<string, string | number> = {}): string {
    return formatText(this.options.strings[key] ?? key, values);
  }

  /** Punctuation for path sentences in the page language. */
  get words(): SentenceWords {
    return {
      open: this.t('sentence.open'),
      close: this.t('sentence.close'),
      join: this.t('sentence.join'),
      end: this.t('sentence.end'),
      space: this.options.lang.startsWith('zh') ? '' : ' ',
    };
  }

  /** A node by id. */
  node(id: string | undefined): ViewNode | undefined {
    return id === undefined ? undefined : this.index.nodes.get(id);
  }

  /** The URL of a node's concept page in the page language (the concept pages' own slug rule). */
  conceptHref(id: string): string {
    return `${this.options.conceptBase}${encodeURIComponent(conceptSlug(id))}/`;
  }

  /** Registers a part to be told of every change (and renders it once now). */
  attach(render: (change: Change) => void): void {
    this.#parts.push(render);
    render({ origin: 'init', previous: this.state, structure: true });
  }

  /** Changes the state; `push` adds a browser history entry (focus and view changes) instead of replacing it. */
  update(change: (draft: ViewState) => void, origin: Origin, options: { push?: boolean } = {}): void {
    const previous = this.state;
    const previousPath = pathKey(this.scene);
    const next = structuredClone(previous);
    change(next);
    if (next.focus === undefined) next.depth = 1;
    this.state = next;
    this.scene = deriveScene(this.index, this.base, next);
    const nextSignature = signature(this.scene);
    const structure = nextSignature !== this.#signature;
    this.#signature = nextSignature;
    if (origin !== 'history') this.#writeUrl(options.push === true);
    for (const render of this.#parts) render({ origin, previous, structure });
    this.#announceChange(previous, next, previousPath !== pathKey(this.scene));
  }

  /** Replaces the whole state (a link followed, Back pressed), dropping ids the graph lacks. */
  restore(next: ViewState): void {
    const { state } = keepKnownIds(next, this.index);
    this.update((draft) => {
      for (const key of Object.keys(draft) as (keyof ViewState)[]) delete draft[key];
      Object.assign(draft, state);
    }, 'history');
  }

  /** Says something in the aria-live region. */
  announce(text: string): void {
    // Clearing first makes screen readers repeat a message that happens to equal the last one.
    this.#announcer.textContent = '';
    window.setTimeout(() => (this.#announcer.textContent = text), 30);
  }

  /** The "Selected: …" sentence of a node. */
  describeSelection(node: ViewNode): string {
    return this.t('announce.selected', { name: node.name, type: this.index.nodeTypeName(node.type), n: node.degree });
  }

  #writeUrl(push: boolean): void {
    const query = encodeState(this.state);
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  #announceChange(previous: ViewState, next: ViewState, pathChanged: boolean): void {
    const parts: string[] = [];
    const focus = this.node(next.focus);
    if (next.focus !== previous.focus || next.depth !== previous.depth) {
      parts.push(
        focus
          ? this.t('announce.focus', { name: focus.name, depth: next.depth, n: this.scene.nodes.length })
          : this.t('announce.view', { n: this.scene.nodes.length, m: this.scene.edges.length }),
      );
    }
    const selected = this.node(next.selected);
    if (selected && next.selected !== previous.selected) parts.push(this.describeSelection(selected));
    const endsChanged = next.from !== previous.from || next.to !== previous.to || next.alt !== previous.alt;
    if ((endsChanged || pathChanged) && next.from !== undefined && next.to !== undefined)
      parts.push(this.pathMessage());
    if (parts.length > 0) this.announce(parts.join(' '));
  }

  /** The highlighted path as a sentence, or the "no connection" answer. */
  pathMessage(): string {
    const { path } = this.scene;
    const from = this.node(this.state.from);
    const to = this.node(this.state.to);
    if (!from || !to) return this.t('path.missing');
    if (from === to) return this.t('path.same');
    if (!path) return this.t('path.none', { a: from.name, b: to.name });
    return this.t('announce.path', { sentence: pathSentence(this.index, path, this.words) });
  }
}

/** What the path answer is: how many paths, and the highlighted one. */
function pathKey(scene: Scene): string {
  return `${scene.paths.length}:${scene.path?.edges.join('\u0000') ?? ''}`;
}

function signature(scene: Scene): string {
  return [
    scene.nodes.map((n) => n.node.id).join('\u0000'),
    scene.edges.map((e) => e.edge.id).join('\u0000'),
    scene.more.map((m) => `${m.hub}:${m.count}`).join('\u0000'),
  ].join('\u0001');
}
