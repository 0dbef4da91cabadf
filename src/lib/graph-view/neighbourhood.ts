import type { GraphIndex } from './graph-index';
import { otherEnd } from './graph-index';

/** How many new neighbours of one type an expansion adds before the rest go into "+N more". */
export const NEIGHBOURS_PER_TYPE = 6;

/** The distinct neighbours of a node, in either direction, without the node itself. */
export function neighboursOf(index: GraphIndex, id: string): string[] {
  const seen = new Set<string>();
  for (const edge of index.incident.get(id) ?? []) {
    const other = otherEnd(edge, id);
    if (other !== id) seen.add(other);
  }
  return [...seen];
}

/**
 * The neighbours of `hub` that an expansion adds: those not shown yet, at most `cap` of each node
 * type, the best connected first (then by name, then id, so the choice is the same every time).
 * `hidden` counts the neighbours still not shown after the expansion.
 */
export function cappedNeighbours(
  index: GraphIndex,
  hub: string,
  isShown: (id: string) => boolean,
  cap = NEIGHBOURS_PER_TYPE,
): { add: string[]; hidden: number } {
  const byType = new Map<string, string[]>();
  for (const id of neighboursOf(index, hub)) {
    if (isShown(id)) continue;
    const type = index.nodes.get(id)?.type ?? '';
    byType.set(type, [...(byType.get(type) ?? []), id]);
  }
  const add: string[] = [];
  let hidden = 0;
  for (const ids of byType.values()) {
    ids.sort((a, b) => compareImportance(index, a, b));
    add.push(...ids.slice(0, cap));
    hidden += Math.max(0, ids.length - cap);
  }
  return { add, hidden };
}

/** Orders nodes by degree (high first), then name, then id. */
export function compareImportance(index: GraphIndex, a: string, b: string): number {
  const na = index.nodes.get(a);
  const nb = index.nodes.get(b);
  return (nb?.degree ?? 0) - (na?.degree ?? 0) || (na?.name ?? '').localeCompare(nb?.name ?? '') || a.localeCompare(b);
}
