import type { Point, ViewNode } from './browser-graph';
import type { GraphIndex } from './graph-index';
import type { ViewName } from './view-state';

/** Where a view's own nodes sit before any focus or expansion, in reading order. */
export interface ViewBase {
  /** The view's nodes, in the order the outline lists them. */
  ids: string[];
  positions: Map<string, Point>;
  /** Whether focusing keeps the base drawing (small curated views) or replaces it (the full graph). */
  keepOnFocus: boolean;
}

/** The base nodes and positions of a view: every node (full), Figure 1's nodes, or the chains flow. */
export function viewBase(index: GraphIndex, view: ViewName): ViewBase {
  const nodes = index.graph.nodes;
  if (view === 'figure1') {
    const columnRank = new Map(['core', ...index.graph.columns.map((c) => c.id)].map((id, i) => [id, i]));
    const rank = (node: ViewNode) => columnRank.get(node.fig?.column ?? '') ?? columnRank.size;
    const shown = nodes.filter((node) => node.fig);
    shown.sort((a, b) => rank(a) - rank(b) || a.fig!.y - b.fig!.y || a.fig!.x - b.fig!.x || a.id.localeCompare(b.id));
    return base(shown, (node) => node.fig!, true);
  }
  if (view === 'chains') {
    const shown = nodes.filter((node) => node.flow);
    shown.sort((a, b) => a.flow!.x - b.flow!.x || Math.abs(a.flow!.y) - Math.abs(b.flow!.y) || a.flow!.y - b.flow!.y);
    return base(shown, (node) => node.flow!, true);
  }
  const typeRank = new Map(index.graph.nodeTypes.map((type, i) => [type.id, i]));
  const shown = [...nodes].sort(
    (a, b) =>
      (typeRank.get(a.type) ?? 0) - (typeRank.get(b.type) ?? 0) ||
      (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) ||
      a.name.localeCompare(b.name) ||
      a.id.localeCompare(b.id),
  );
  return base(shown, (node) => node, false);
}

function base(nodes: ViewNode[], at: (node: ViewNode) => Point, keepOnFocus: boolean): ViewBase {
  return {
    ids: nodes.map((node) => node.id),
    positions: new Map(nodes.map((node) => [node.id, { x: at(node).x, y: at(node).y }])),
    keepOnFocus,
  };
}
