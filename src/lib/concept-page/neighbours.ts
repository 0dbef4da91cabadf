import type { GraphNode } from '~/lib/graph/graph-node.schema';
import type { GraphRelationship } from '~/lib/graph/graph-relationship.schema';
import { compareByOrder, type GraphIndex, textProperty } from './graph-index';
import { type Direction, KNOWN_TYPES } from './relationship-headings';

/** Whether the paper states a relationship or the course infers it; undefined when the export does not say. */
export type Basis = 'explicit' | 'interpretive';

/** One neighbour of a node, reached through one relationship. */
export interface NeighbourLink {
  node: GraphNode;
  rel: GraphRelationship;
  basis: Basis | undefined;
}

/** A node's neighbours through one relationship type in one direction. */
export interface NeighbourGroup {
  type: string;
  direction: Direction;
  links: NeighbourLink[];
}

/** The `basis` of a relationship, if it is one of ours. */
export function relationshipBasis(rel: GraphRelationship): Basis | undefined {
  const basis = textProperty(rel.properties, 'basis');
  return basis === 'explicit' || basis === 'interpretive' ? basis : undefined;
}

function groupRank(type: string, direction: Direction): [number, string, number] {
  const known = KNOWN_TYPES.indexOf(type as (typeof KNOWN_TYPES)[number]);
  return [known >= 0 ? known : KNOWN_TYPES.length, type, direction === 'out' ? 0 : 1];
}

function compareGroups(a: NeighbourGroup, b: NeighbourGroup): number {
  const [ra, rb] = [groupRank(a.type, a.direction), groupRank(b.type, b.direction)];
  return ra[0] - rb[0] || (ra[1] < rb[1] ? -1 : ra[1] > rb[1] ? 1 : 0) || ra[2] - rb[2];
}

/**
 * A node's neighbours grouped by relationship type and direction: our types in dictionary order
 * (outgoing before incoming), other types after them alphabetically; inside a group by `order`,
 * then as the export lists them. A self-loop counts once, as outgoing.
 */
export function groupNeighbours(index: GraphIndex, id: string): NeighbourGroup[] {
  const groups = new Map<string, NeighbourGroup>();
  const add = (rel: GraphRelationship, direction: Direction, otherId: string): void => {
    const node = index.nodeById.get(otherId);
    if (!node) return;
    const key = `${direction}\u0000${rel.type}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { type: rel.type, direction, links: [] }));
    group.links.push({ node, rel, basis: relationshipBasis(rel) });
  };
  for (const rel of index.outgoing.get(id) ?? []) add(rel, 'out', rel.end);
  for (const rel of index.incoming.get(id) ?? []) if (rel.start !== id) add(rel, 'in', rel.start);
  const sorted = [...groups.values()].sort(compareGroups);
  for (const group of sorted) group.links.sort((a, b) => compareByOrder(a.node, b.node));
  return sorted;
}

/** The distinct nodes next to a node, in group order: what the local graph draws around it. */
export function distinctNeighbours(groups: readonly NeighbourGroup[], id: string): GraphNode[] {
  const seen = new Map<string, GraphNode>();
  for (const group of groups)
    for (const link of group.links) if (link.node.id !== id) seen.set(link.node.id, link.node);
  return [...seen.values()];
}
