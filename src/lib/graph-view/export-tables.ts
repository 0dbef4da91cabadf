import type { Scene } from './scene';
import { csvText } from './text-escape';

// CSV of the current view: one file for the nodes, one for the relationships, as Gephi's and
// Neo4j's CSV importers expect (ids in the first column, source/target for relationships).

/** Columns of the nodes CSV. */
export const NODE_COLUMNS = [
  'id',
  'type',
  'name',
  'definition',
  'section',
  'x',
  'y',
  'degree',
  'betweenness',
  'community',
] as const;
/** Columns of the relationships CSV. */
export const EDGE_COLUMNS = ['id', 'source', 'target', 'type', 'basis', 'section'] as const;

/** The nodes of the view as CSV. */
export function nodesCsv(scene: Scene): string {
  return csvText(
    NODE_COLUMNS,
    scene.nodes.map(({ node, x, y }) => [
      node.id,
      node.type,
      node.name,
      node.def,
      node.section,
      x,
      y,
      node.degree,
      node.betweenness,
      node.community,
    ]),
  );
}

/** The relationships of the view as CSV. */
export function edgesCsv(scene: Scene): string {
  return csvText(
    EDGE_COLUMNS,
    scene.edges.map(({ edge }) => [edge.id, edge.source, edge.target, edge.type, edge.basis, edge.section]),
  );
}
