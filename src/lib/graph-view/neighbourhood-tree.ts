import type { GraphIndex } from './graph-index';
import { cappedNeighbours, neighboursOf } from './neighbourhood';

/** The breadth-first tree of a focus's neighbourhood, with each hub's overflow counted. */
export interface NeighbourhoodTree {
  /** Children in the order they were found (per type, best connected first). */
  children: Map<string, string[]>;
  /** Every node of the tree, focus first, level by level. */
  order: string[];
  /** Nodes whose neighbours were expanded (all but the last level). */
  expanded: string[];
}

/**
 * Walks out from `focus` to `depth` hops, adding at most `cap` new neighbours per type at each
 * node. `shown` nodes (already in the view) are reached and walked through, but are not children
 * of anyone: they stay where they are.
 */
export function neighbourhoodTree(
  index: GraphIndex,
  focus: string,
  depth: number,
  cap: number,
  shown: (id: string) => boolean = () => false,
): NeighbourhoodTree {
  const children = new Map<string, string[]>();
  const visited = new Set([focus]);
  const order = [focus];
  const expanded: string[] = [];
  let frontier = [focus];
  for (let level = 0; level < depth; level++) {
    const next: string[] = [];
    for (const hub of frontier) {
      expanded.push(hub);
      const present = neighboursOf(index, hub).filter((id) => shown(id) && !visited.has(id));
      const { add } = cappedNeighbours(index, hub, (id) => visited.has(id) || shown(id), cap);
      children.set(hub, add);
      for (const id of [...present, ...add]) {
        visited.add(id);
        order.push(id);
        next.push(id);
      }
    }
    frontier = next;
  }
  return { children, order, expanded };
}
