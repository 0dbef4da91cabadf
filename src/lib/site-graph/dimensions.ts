import type { Graph } from '~/lib/graph/graph.schema';
import type { GraphNode } from '~/lib/graph/graph-node.schema';

/** A governance dimension of Table 1 with its driving element(s). */
export interface DimensionSummary {
  dimension: GraphNode;
  drivingElements: GraphNode[];
}

/** The Dimension nodes in their `order`, each with the nodes it is DRIVEN_BY; empty for a graph without them. */
export function dimensionsWithDrivers(graph: Graph): DimensionSummary[] {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const order = (node: GraphNode): number => Number(node.properties['order'] ?? Number.MAX_SAFE_INTEGER);
  return graph.nodes
    .filter((node) => node.labels.includes('Dimension'))
    .sort((a, b) => order(a) - order(b))
    .map((dimension) => ({
      dimension,
      drivingElements: graph.relationships
        .filter((rel) => rel.type === 'DRIVEN_BY' && rel.start === dimension.id)
        .map((rel) => byId.get(rel.end))
        .filter((node): node is GraphNode => node !== undefined),
    }));
}
