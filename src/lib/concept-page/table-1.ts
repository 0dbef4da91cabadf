import type { GraphNode } from '~/lib/graph/graph-node.schema';
import { compareByOrder, type GraphIndex, nodeOrder } from './graph-index';

/** The key of the Table node whose SHOWS relationships carry Table 1's cells. */
export const TABLE_1_KEY = 'table-1';

/** The columns of the paper's Table 1, in its order; another table's columns follow as they appear. */
export const TABLE_1_COLUMNS = ['driving_element', 'key_content'] as const;

/** One row of Table 1: its number, the Dimension whose `order` it is (if any), and each column's nodes. */
export interface Table1Row {
  row: number;
  dimension: GraphNode | undefined;
  cells: Map<string, GraphNode[]>;
}

/** Table 1 as the graph describes it. */
export interface Table1 {
  table: GraphNode;
  columns: string[];
  rows: Table1Row[];
}

function rowNumber(value: unknown): number | undefined {
  const row = typeof value === 'string' ? Number(value) : value;
  return typeof row === 'number' && Number.isInteger(row) ? row : undefined;
}

/**
 * Reads Table 1 from the table node's SHOWS relationships that carry `row` and `column`. Rows are
 * the Dimension nodes in `order` (row n is the dimension of order n) plus any other row number a
 * cell names; undefined when the graph has no such table node or it shows no cell.
 */
export function extractTable1(index: GraphIndex, tableId: string = TABLE_1_KEY): Table1 | undefined {
  const table = index.nodeById.get(tableId);
  if (!table) return undefined;
  const cells: { row: number; column: string; node: GraphNode }[] = [];
  for (const rel of index.outgoing.get(tableId) ?? []) {
    const [row, column, node] = [
      rowNumber(rel.properties['row']),
      rel.properties['column'],
      index.nodeById.get(rel.end),
    ];
    if (rel.type === 'SHOWS' && row !== undefined && typeof column === 'string' && node)
      cells.push({ row, column, node });
  }
  if (cells.length === 0) return undefined;
  const dimensions = index.graph.nodes.filter(
    (node) => node.labels.includes('Dimension') && nodeOrder(node) !== undefined,
  );
  const rowNumbers = [
    ...new Set([...dimensions.map((node) => nodeOrder(node) ?? 0), ...cells.map((cell) => cell.row)]),
  ];
  const columns = [
    ...TABLE_1_COLUMNS.filter((column) => cells.some((cell) => cell.column === column)),
    ...new Set(
      cells.map((cell) => cell.column).filter((column) => !(TABLE_1_COLUMNS as readonly string[]).includes(column)),
    ),
  ];
  const rows = rowNumbers
    .sort((a, b) => a - b)
    .map((row) => ({
      row,
      dimension: dimensions.find((node) => nodeOrder(node) === row),
      cells: new Map(
        columns.map((column) => [
          column,
          cells
            .filter((cell) => cell.row === row && cell.column === column)
            .map((cell) => cell.node)
            .sort(compareByOrder),
        ]),
      ),
    }));
  return { table, columns, rows };
}
