import type { GraphShape } from './graph-shape';
import type { Positions } from './layout-full';

/** Where each column of Figure 1 sits; the paper's figure runs from the core on the left to governance on the right. */
const columnPlacement: Record<string, { x: number; y: number; axis: 'x' | 'y' }> = {
  real_problems: { x: 0, y: -520, axis: 'x' },
  theoretical_logic: { x: -300, y: 0, axis: 'y' },
  practical_paths: { x: 300, y: 0, axis: 'y' },
};
const SPACING = { x: 260, y: 130 };

/**
 * Positions for the Figure 1 view: the nodes that the Figure node SHOWS, placed by the `column`
 * property of each SHOWS relationship and ordered by the node's `order`. `core` nodes go to the
 * two ends (the first at the left, the second at the right), as in the paper's figure.
 */
export function layoutFigure1(graph: GraphShape, figureKey = 'figure-1'): Positions {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const columns = new Map<string, string[]>();
  for (const rel of graph.relationships) {
    if (rel.start !== figureKey || rel.type !== 'SHOWS') continue;
    const column = String(rel.properties['column'] ?? 'other');
    columns.set(column, [...(columns.get(column) ?? []), rel.end]);
  }
  const order = (id: string): number => Number(byId.get(id)?.properties['order'] ?? Number.MAX_SAFE_INTEGER);
  const positions: Positions = {};
  for (const [column, ids] of columns) {
    ids.sort((a, b) => order(a) - order(b) || a.localeCompare(b));
    if (column === 'core') {
      ids.forEach((id, i) => (positions[id] = { x: i === 0 ? -680 : 680, y: 0 }));
      continue;
    }
    const place = columnPlacement[column] ?? { x: 0, y: 520, axis: 'x' as const };
    ids.forEach((id, i) => {
      const offset = (i - (ids.length - 1) / 2) * SPACING[place.axis];
      positions[id] = place.axis === 'x' ? { x: place.x + offset, y: place.y } : { x: place.x, y: place.y + offset };
    });
  }
  return positions;
}
