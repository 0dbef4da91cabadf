import type { Locale } from '~/lib/i18n/locales';
import { nodeCaption } from '~/lib/site-graph/node-text';
import type { GraphIndex } from './graph-index';
import type { LocalGraphInput } from './local-graph-layout';
import { distinctNeighbours, groupNeighbours, relationshipBasis } from './neighbours';

/** What the local graph of one node draws: the node in the centre, its neighbours around it, the relationships between them. */
export function neighbourhoodInput(index: GraphIndex, id: string, locale: Locale): LocalGraphInput {
  const centre = index.nodeById.get(id);
  const ring = distinctNeighbours(groupNeighbours(index, id), id);
  const rels = [...(index.outgoing.get(id) ?? []), ...(index.incoming.get(id) ?? [])];
  return {
    centre: centre ? { id, label: nodeCaption(centre, locale) } : undefined,
    ring: ring.map((node) => ({ id: node.id, label: nodeCaption(node, locale) })),
    edges: rels.map((rel) => ({
      from: rel.start,
      to: rel.end,
      interpretive: relationshipBasis(rel) === 'interpretive',
    })),
  };
}

/** What the local graph of a set of nodes draws (e.g. a module's concepts): all on the circle, with the relationships among them. */
export function setInput(index: GraphIndex, ids: readonly string[], locale: Locale): LocalGraphInput {
  const members = new Set(ids);
  const ring = [...members].flatMap((id) => index.nodeById.get(id) ?? []);
  return {
    ring: ring.map((node) => ({ id: node.id, label: nodeCaption(node, locale) })),
    edges: index.graph.relationships
      .filter((rel) => members.has(rel.start) && members.has(rel.end))
      .map((rel) => ({ from: rel.start, to: rel.end, interpretive: relationshipBasis(rel) === 'interpretive' })),
  };
}
