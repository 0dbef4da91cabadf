import type { ViewEdge, ViewNode } from './browser-graph';
import type { GraphIndex } from './graph-index';
import { cappedNeighbours, neighboursOf, NEIGHBOURS_PER_TYPE } from './neighbourhood';
import { neighbourhoodTree } from './neighbourhood-tree';
import { radialLayout } from './radial-layout';
import { Placement } from './placement';
import { type GraphPath, kShortestPaths, type PathRules } from './shortest-paths';
import type { ViewBase } from './view-base';
import { MAX_PATHS, type ViewState } from './view-state';

/** A node as drawn: its data, position and what it currently means in the view. */
export interface SceneNode {
  node: ViewNode;
  x: number;
  y: number;
  /** Unchecked in the legend and drawn faded (only in fade mode; hide mode leaves it out). */
  faded: boolean;
  focus: boolean;
  selected: boolean;
  onPath: boolean;
}

/** A "+N more" entry for an expanded node whose other neighbours are not shown. */
export interface SceneMore {
  hub: string;
  count: number;
  x: number;
  y: number;
}

/** A relationship as drawn. */
export interface SceneEdge {
  edge: ViewEdge;
  faded: boolean;
  onPath: boolean;
}

/** What the explorer shows for a state: the canvas, the outline, the legend counts and the path. */
export interface Scene {
  nodes: SceneNode[];
  edges: SceneEdge[];
  more: SceneMore[];
  /** Nodes and relationships per type among those placed, before the filters (the legend's counts). */
  nodeTypeCounts: Map<string, number>;
  edgeTypeCounts: Map<string, number>;
  /** The shortest paths between the path ends (empty when there is none or no ends). */
  paths: GraphPath[];
  /** The highlighted path, when there is one. */
  path?: GraphPath;
}

/** The relationships and nodes a path may use under a state's filters. */
export function pathRules(index: GraphIndex, state: ViewState): PathRules {
  const hiddenNodes = new Set(state.hiddenNodeTypes);
  const hiddenEdges = new Set(state.hiddenEdgeTypes);
  return {
    edge: (edge) => !hiddenEdges.has(edge.type),
    node: (id) => !hiddenNodes.has(index.nodes.get(id)?.type ?? ''),
  };
}

/**
 * Derives the scene from the state, the same way every time, so a URL always rebuilds the same
 * view. Order of placement: the view's base (or, for the full graph, the focus alone), the
 * neighbourhood of the focus to its depth (a radial tree on its own, fanned out beside a curated
 * drawing), each step in turn, then the highlighted path. Placed nodes never move; each expansion
 * adds at most NEIGHBOURS_PER_TYPE new neighbours per type.
 */
export function deriveScene(index: GraphIndex, base: ViewBase, state: ViewState): Scene {
  const placement = new Placement();
  const order = new Set<string>();
  const place = (id: string) => order.add(id);
  const focus = state.focus !== undefined && index.nodes.has(state.focus) ? state.focus : undefined;
  if (focus === undefined || base.keepOnFocus) {
    for (const id of base.ids) {
      placement.put(id, base.positions.get(id)!);
      place(id);
    }
  }
  const expanded = new Set<string>();
  const morePlaces = new Placement();
  const expand = (hub: string, anchor: { x: number; y: number }, cap: number): void => {
    expanded.add(hub);
    const { add, hidden } = cappedNeighbours(index, hub, (id) => placement.has(id), cap);
    placement.around(hub, hidden > 0 && !morePlaces.has(hub) ? [...add, moreKey(hub)] : add, anchor);
    const spot = placement.get(moreKey(hub));
    if (spot) morePlaces.put(hub, spot);
    add.forEach(place);
  };
  const anchor = focus !== undefined ? placeFocus(index, base, placement, focus) : undefined;
  if (focus !== undefined && anchor) {
    const tree = neighbourhoodTree(index, focus, state.depth, NEIGHBOURS_PER_TYPE, (id) => placement.has(id));
    const reached = new Set(tree.order);
    for (const hub of tree.expanded) {
      expanded.add(hub);
      if (neighboursOf(index, hub).some((id) => !reached.has(id)))
        tree.children.set(hub, [...(tree.children.get(hub) ?? []), moreKey(hub)]);
    }
    if (base.keepOnFocus) {
      // Beside a curated drawing, new nodes fan out around whoever found them.
      for (const hub of tree.order) placement.around(hub, tree.children.get(hub) ?? [], anchor);
    } else {
      for (const [id, at] of radialLayout(focus, tree.children, anchor)) placement.put(id, at);
    }
    tree.order.forEach(place);
    for (const hub of tree.expanded) {
      const spot = placement.get(moreKey(hub));
      if (spot) morePlaces.put(hub, spot);
    }
  }
  for (const step of state.steps) {
    if (!placement.has(step.id)) continue;
    expand(
      step.id,
      anchor ?? centreOf(placement, base),
      step.kind === 'more' ? Number.POSITIVE_INFINITY : NEIGHBOURS_PER_TYPE,
    );
  }
  const rules = pathRules(index, state);
  const paths =
    state.from !== undefined && state.to !== undefined
      ? kShortestPaths(index, state.from, state.to, MAX_PATHS, rules)
      : [];
  const path = paths[Math.min(state.alt, paths.length - 1)];
  if (path) placePath(path.nodes, placement, order, anchor ?? centreOf(placement, base), index);
  return finish(index, state, placement, order, expanded, morePlaces, paths, path);
}

/** The placement key of a hub's "+N more" entry (a NUL cannot start an id read from JSON lines by accident). */
function moreKey(hub: string): string {
  return `\u0000more:${hub}`;
}

function placeFocus(index: GraphIndex, base: ViewBase, placement: Placement, focus: string) {
  if (!placement.has(focus)) {
    const node = index.nodes.get(focus)!;
    placement.put(focus, base.positions.get(focus) ?? { x: node.x, y: node.y });
  }
  return placement.get(focus);
}

function centreOf(placement: Placement, base: ViewBase): { x: number; y: number } {
  const points = [...(placement.positions.size > 0 ? placement.positions.values() : base.positions.values())];
  if (points.length === 0) return { x: 0, y: 0 };
  return {
    x: points.reduce((s, p) => s + p.x, 0) / points.length,
    y: points.reduce((s, p) => s + p.y, 0) / points.length,
  };
}

/** Places the nodes of a path that are not shown yet, each next to its placed neighbour on the path. */
function placePath(
  ids: string[],
  placement: Placement,
  order: Set<string>,
  anchor: { x: number; y: number },
  index: GraphIndex,
) {
  if (!ids.some((id) => placement.has(id))) {
    const first = index.nodes.get(ids[0]!)!;
    placement.put(first.id, { x: first.x, y: first.y });
  }
  for (const sequence of [ids, [...ids].reverse()]) {
    sequence.forEach((id, i) => {
      const previous = sequence[i - 1];
      if (!placement.has(id) && previous !== undefined && placement.has(previous))
        placement.around(previous, [id], anchor);
    });
  }
  for (const id of ids) order.add(id);
}

function finish(
  index: GraphIndex,
  state: ViewState,
  placement: Placement,
  order: Set<string>,
  expanded: Set<string>,
  morePlaces: Placement,
  paths: GraphPath[],
  path: GraphPath | undefined,
): Scene {
  const hiddenNodes = new Set(state.hiddenNodeTypes);
  const hiddenEdges = new Set(state.hiddenEdgeTypes);
  const pinned = new Set([state.focus, state.selected, state.from, state.to].filter((id) => id !== undefined));
  const onPathNodes = new Set(path?.nodes ?? []);
  const onPathEdges = new Set(path?.edges ?? []);
  const nodeTypeCounts = new Map<string, number>();
  const edgeTypeCounts = new Map<string, number>();
  const filtered = new Set<string>();
  const nodes: SceneNode[] = [];
  for (const id of order) {
    const node = index.nodes.get(id)!;
    nodeTypeCounts.set(node.type, (nodeTypeCounts.get(node.type) ?? 0) + 1);
    const out = hiddenNodes.has(node.type) && !pinned.has(id) && !onPathNodes.has(id);
    if (out) filtered.add(id);
    if (out && state.filterMode === 'hide') continue;
    const at = placement.get(id)!;
    nodes.push({
      node,
      x: at.x,
      y: at.y,
      faded: out,
      focus: id === state.focus,
      selected: id === state.selected,
      onPath: onPathNodes.has(id),
    });
  }
  const edges: SceneEdge[] = [];
  for (const edge of index.graph.edges) {
    if (!placement.has(edge.source) || !placement.has(edge.target)) continue;
    edgeTypeCounts.set(edge.type, (edgeTypeCounts.get(edge.type) ?? 0) + 1);
    const out =
      (hiddenEdges.has(edge.type) || filtered.has(edge.source) || filtered.has(edge.target)) &&
      !onPathEdges.has(edge.id);
    if (out && state.filterMode === 'hide') continue;
    edges.push({ edge, faded: out, onPath: onPathEdges.has(edge.id) });
  }
  const more: SceneMore[] = [];
  for (const hub of expanded) {
    const count = neighboursOf(index, hub).filter((id) => !placement.has(id)).length;
    const at = morePlaces.get(hub);
    if (count > 0 && at && !(state.filterMode === 'hide' && filtered.has(hub)))
      more.push({ hub, count, x: at.x, y: at.y });
  }
  const scene: Scene = { nodes, edges, more, nodeTypeCounts, edgeTypeCounts, paths };
  if (path) scene.path = path;
  return scene;
}
