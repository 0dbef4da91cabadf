import type { Graph } from '~/lib/graph/graph.schema';
import type { GraphNode } from '~/lib/graph/graph-node.schema';

/** Finds a node by the key a lesson writes (`concept="chain-perception"`): our `key` property, else the line id. */
export type ConceptLookup = (key: string) => GraphNode | undefined;

/** A lookup over the graph's nodes; the `key` property wins over another node's line id. */
export function conceptLookup(graph: Graph): ConceptLookup {
  const byKey = new Map<string, GraphNode>();
  for (const node of graph.nodes) byKey.set(node.id, node);
  for (const node of graph.nodes) {
    const key = node.properties['key'];
    if (typeof key === 'string' && key !== '') byKey.set(key, node);
  }
  return (key) => byKey.get(key);
}
