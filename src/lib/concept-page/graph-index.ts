import type { Graph } from '~/lib/graph/graph.schema';
import type { GraphNode } from '~/lib/graph/graph-node.schema';
import type { GraphRelationship } from '~/lib/graph/graph-relationship.schema';

/** Lookups over one graph, built once: nodes by id, relationships by the node they start or end at. */
export interface GraphIndex {
  graph: Graph;
  nodeById: ReadonlyMap<string, GraphNode>;
  outgoing: ReadonlyMap<string, readonly GraphRelationship[]>;
  incoming: ReadonlyMap<string, readonly GraphRelationship[]>;
}

const indexes = new WeakMap<Graph, GraphIndex>();

function push(map: Map<string, GraphRelationship[]>, id: string, rel: GraphRelationship): void {
  const list = map.get(id);
  if (list) list.push(rel);
  else map.set(id, [rel]);
}

/** The index of a graph; every page of a build shares the same one. */
export function indexGraph(graph: Graph): GraphIndex {
  const cached = indexes.get(graph);
  if (cached) return cached;
  const outgoing = new Map<string, GraphRelationship[]>();
  const incoming = new Map<string, GraphRelationship[]>();
  for (const rel of graph.relationships) {
    push(outgoing, rel.start, rel);
    push(incoming, rel.end, rel);
  }
  const index = { graph, nodeById: new Map(graph.nodes.map((node) => [node.id, node])), outgoing, incoming };
  indexes.set(graph, index);
  return index;
}

/** A node's numeric `order` property, or undefined when it has none. */
export function nodeOrder(node: GraphNode): number | undefined {
  const order = node.properties['order'];
  return typeof order === 'number' && Number.isFinite(order) ? order : undefined;
}

/** Compares nodes by `order` (nodes without one last), keeping the export's order otherwise. */
export function compareByOrder(a: GraphNode, b: GraphNode): number {
  return (nodeOrder(a) ?? Number.POSITIVE_INFINITY) - (nodeOrder(b) ?? Number.POSITIVE_INFINITY) || 0;
}

/** A string property, or undefined when it is missing, not a string or blank. */
export function textProperty(properties: Readonly<Record<string, unknown>>, name: string): string | undefined {
  const value = properties[name];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
