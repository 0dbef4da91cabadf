import type { ColumnLabel, Point } from './browser-graph';

/** How far a column label sits from its column's nodes, in model units. */
const LABEL_GAP = 110;

/**
 * A label for each Figure 1 column except `core` (its two nodes name themselves): above a
 * horizontal row, below a vertical column, so that no label lands on another column's nodes.
 */
export function figureColumnLabels(
  placed: readonly (Point & { column: string })[],
  nameOf: (column: string) => string,
): ColumnLabel[] {
  const columns = new Map<string, Point[]>();
  for (const p of placed) if (p.column !== 'core') columns.set(p.column, [...(columns.get(p.column) ?? []), p]);
  return [...columns].map(([id, points]) => {
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const horizontal = Math.max(...xs) - Math.min(...xs) >= Math.max(...ys) - Math.min(...ys);
    const x = horizontal ? (Math.max(...xs) + Math.min(...xs)) / 2 : xs[0]!;
    const y = horizontal ? Math.min(...ys) - LABEL_GAP : Math.max(...ys) + LABEL_GAP;
    return { id, name: nameOf(id), x, y };
  });
}
