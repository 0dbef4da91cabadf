import { FIVE_CHAINS_SEQUENCE } from '~/lib/graph/dictionary';
import type { GraphNode } from '~/lib/graph/graph-node.schema';
import type { GraphIndex } from './graph-index';
import { relationshipBasis, type NeighbourLink } from './neighbours';

/** One chain of whole-chain smart governance with what it produces and the technologies it uses. */
export interface ChainStep {
  chain: GraphNode;
  outputs: NeighbourLink[];
  technologies: NeighbourLink[];
}

function targets(index: GraphIndex, id: string, type: string): NeighbourLink[] {
  return (index.outgoing.get(id) ?? [])
    .filter((rel) => rel.type === type)
    .flatMap((rel) => {
      const node = index.nodeById.get(rel.end);
      return node ? [{ node, rel, basis: relationshipBasis(rel) }] : [];
    });
}

/**
 * The chains of a PRECEDES sequence (by default "five-chains") in order: from the one nothing
 * precedes, along PRECEDES, stopping at a fork or a cycle. Empty when the graph has no such sequence.
 */
export function chainSteps(index: GraphIndex, sequence: string = FIVE_CHAINS_SEQUENCE): ChainStep[] {
  const next = new Map<string, string>();
  const hasPrevious = new Set<string>();
  for (const rel of index.graph.relationships) {
    if (rel.type !== 'PRECEDES' || rel.properties['sequence'] !== sequence) continue;
    next.set(rel.start, rel.end);
    hasPrevious.add(rel.end);
  }
  const first = [...next.keys()].find((id) => !hasPrevious.has(id));
  const order: string[] = [];
  for (let id = first; id !== undefined && !order.includes(id); id = next.get(id)) order.push(id);
  return order.flatMap((id) => {
    const chain = index.nodeById.get(id);
    return chain ? [{ chain, outputs: targets(index, id, 'PRODUCES'), technologies: targets(index, id, 'USES') }] : [];
  });
}
