import type { ViewEdge } from './browser-graph';
import type { GraphIndex } from './graph-index';
import { otherEnd } from './graph-index';

/** A walk through the graph: `edges[i]` joins `nodes[i]` and `nodes[i + 1]`, in either direction. */
export interface GraphPath {
  nodes: string[];
  edges: string[];
}

/** Which relationships and nodes a path may use (the legend's filters). */
export interface PathRules {
  edge: (edge: ViewEdge) => boolean;
  /** Whether a path may pass THROUGH a node; its two ends are always allowed. */
  node: (id: string) => boolean;
}

const ALLOW_ALL: PathRules = { edge: () => true, node: () => true };

/**
 * A shortest path (fewest relationships, direction ignored) by breadth-first search, avoiding
 * `blockedNodes` and node pairs in `blockedPairs` ("a\u0000b", both orders). Ties go to the
 * relationship met first in file order, so the answer is the same on every run.
 */
export function shortestPath(
  index: GraphIndex,
  from: string,
  to: string,
  rules: PathRules = ALLOW_ALL,
  blockedNodes: ReadonlySet<string> = new Set(),
  blockedPairs: ReadonlySet<string> = new Set(),
): GraphPath | undefined {
  if (!index.nodes.has(from) || !index.nodes.has(to) || blockedNodes.has(from)) return undefined;
  if (from === to) return { nodes: [from], edges: [] };
  const cameBy = new Map<string, ViewEdge | null>([[from, null]]);
  let frontier = [from];
  while (frontier.length > 0 && !cameBy.has(to)) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const edge of index.incident.get(id) ?? []) {
        const other = otherEnd(edge, id);
        if (cameBy.has(other) || blockedNodes.has(other) || !rules.edge(edge)) continue;
        if (blockedPairs.has(`${id}\u0000${other}`)) continue;
        if (other !== to && !rules.node(other)) continue;
        cameBy.set(other, edge);
        next.push(other);
      }
    }
    frontier = next;
  }
  if (!cameBy.has(to)) return undefined;
  const nodes = [to];
  const edges: string[] = [];
  for (let at = to, edge = cameBy.get(to); edge; edge = cameBy.get(at)) {
    edges.unshift(edge.id);
    at = otherEnd(edge, at);
    nodes.unshift(at);
  }
  return { nodes, edges };
}

/**
 * Up to `k` shortest loop-free paths, shortest first (Yen's algorithm over breadth-first search).
 * Paths differ in the nodes they pass through; between two nodes the first allowed relationship
 * stands for them all.
 */
export function kShortestPaths(
  index: GraphIndex,
  from: string,
  to: string,
  k: number,
  rules: PathRules = ALLOW_ALL,
): GraphPath[] {
  const first = shortestPath(index, from, to, rules);
  if (!first || k < 1) return [];
  const found: GraphPath[] = [first];
  const candidates: GraphPath[] = [];
  const key = (path: GraphPath) => path.nodes.join('\u0000');
  const known = new Set([key(first)]);
  while (found.length < k) {
    const last = found[found.length - 1]!;
    for (let j = 0; j < last.nodes.length - 1; j++) {
      const root = last.nodes.slice(0, j + 1);
      const spur = root[j]!;
      const blockedPairs = new Set<string>();
      for (const path of found) {
        if (path.nodes.length > j + 1 && root.every((id, i) => path.nodes[i] === id)) {
          const next = path.nodes[j + 1]!;
          blockedPairs.add(`${spur}\u0000${next}`).add(`${next}\u0000${spur}`);
        }
      }
      const spurPath = shortestPath(index, spur, to, rules, new Set(root.slice(0, j)), blockedPairs);
      if (!spurPath) continue;
      const candidate = {
        nodes: [...root.slice(0, j), ...spurPath.nodes],
        edges: [...last.edges.slice(0, j), ...spurPath.edges],
      };
      if (known.has(key(candidate))) continue;
      known.add(key(candidate));
      candidates.push(candidate);
    }
    if (candidates.length === 0) break;
    let best = 0;
    candidates.forEach((path, i) => {
      if (path.nodes.length < candidates[best]!.nodes.length) best = i;
    });
    found.push(candidates.splice(best, 1)[0]!);
  }
  return found;
}
