import Graph from 'graphology';
import type { GraphShape } from './graph-shape';

/** A directed multigraph with one graphology node per export node, in export order. */
export function toGraphology(graph: GraphShape): Graph {
  const g = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
  for (const node of graph.nodes) g.addNode(node.id);
  for (const rel of graph.relationships) g.addDirectedEdgeWithKey(rel.id, rel.start, rel.end);
  return g;
}
