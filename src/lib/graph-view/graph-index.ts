import type { BrowserGraph, ViewEdge, ViewNode } from './browser-graph';

/** A graph with lookups by id and, for each node, the relationships touching it. */
export interface GraphIndex {
  graph: BrowserGraph;
  nodes: ReadonlyMap<string, ViewNode>;
  edges: ReadonlyMap<string, ViewEdge>;
  /** Relationships touching a node in either direction, in file order; a self-loop once. */
  incident: ReadonlyMap<string, readonly ViewEdge[]>;
  /** Node types and relationship types by id, for names and phrases. */
  nodeTypeName: (type: string) => string;
  edgeType: (type: string) => { name: string; phrase: string };
}

/** Builds the lookups the explorer's algorithms share. */
export function indexGraph(graph: BrowserGraph): GraphIndex {
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  const edges = new Map(graph.edges.map((edge) => [edge.id, edge]));
  const incident = new Map<string, ViewEdge[]>(graph.nodes.map((node) => [node.id, []]));
  for (const edge of graph.edges) {
    incident.get(edge.source)?.push(edge);
    if (edge.target !== edge.source) incident.get(edge.target)?.push(edge);
  }
  const nodeTypes = new Map(graph.nodeTypes.map((type) => [type.id, type.name]));
  const edgeTypes = new Map(graph.edgeTypes.map((type) => [type.id, type]));
  return {
    graph,
    nodes,
    edges,
    incident,
    nodeTypeName: (type) => nodeTypes.get(type) ?? type,
    edgeType: (type) => edgeTypes.get(type) ?? { name: type, phrase: `${type} …` },
  };
}

/** The end of `edge` that is not `id` (the node itself for a self-loop). */
export function otherEnd(edge: ViewEdge, id: string): string {
  return edge.source === id ? edge.target : edge.source;
}
