import type { LineOrigin } from '~/lib/graph/line-origin.schema';

/** Rows that one Cypher statement takes as `UNWIND $rows`, e.g. every node labelled `:Chain`. */
export interface RowGroup<Row> {
  /** What the rows are, e.g. `nodes :Chain`, for messages. */
  group: string;
  /** The Cypher statement that takes `$rows`. */
  statement: string;
  items: readonly { row: Row; origin: LineOrigin }[];
}

/** One statement's share of a batch: its rows, with the export lines they came from. */
export interface BatchPart<Row> {
  group: string;
  statement: string;
  rows: Row[];
  origins: LineOrigin[];
}

/** What one transaction runs: one or more statements, at most the batch size of rows in all. */
export interface Batch<Row> {
  parts: BatchPart<Row>[];
  /** Rows in all parts. */
  rows: number;
}

/**
 * Packs groups of rows into batches of at most `size` rows, in order: a group larger than a batch is
 * split across batches, and small groups share one, so the number of transactions follows the number
 * of rows rather than the number of label and type combinations (a foreign export can have hundreds).
 */
export function packBatches<Row>(groups: readonly RowGroup<Row>[], size: number): Batch<Row>[] {
  const batches: Batch<Row>[] = [];
  let current: Batch<Row> = { parts: [], rows: 0 };
  for (const { group, statement, items } of groups) {
    for (let from = 0; from < items.length;) {
      if (current.rows === size) {
        batches.push(current);
        current = { parts: [], rows: 0 };
      }
      const slice = items.slice(from, from + size - current.rows);
      current.parts.push({
        group,
        statement,
        rows: slice.map((item) => item.row),
        origins: slice.map((item) => item.origin),
      });
      current.rows += slice.length;
      from += slice.length;
    }
  }
  if (current.rows > 0) batches.push(current);
  return batches;
}

/** `nodes :A, nodes :B and 3 more` style summary of what a batch holds, for messages. */
export function describeGroups(batch: Batch<unknown>): string {
  const groups = batch.parts.map((part) => part.group);
  return groups.length <= 3 ? groups.join(', ') : `${groups.slice(0, 2).join(', ')} and ${groups.length - 2} more`;
}

/** `graph/a.jsonl:3-5, 9` style list of the lines a batch held, by file. */
export function describeOrigins(origins: readonly LineOrigin[]): string {
  const byFile = new Map<string, number[]>();
  for (const { file, line } of origins) {
    const lines = byFile.get(file);
    if (lines) lines.push(line);
    else byFile.set(file, [line]);
  }
  return [...byFile].map(([file, lines]) => `${file}:${compactRanges(lines.sort((a, b) => a - b))}`).join('; ');
}

function compactRanges(lines: readonly number[]): string {
  const parts: string[] = [];
  let start = lines[0];
  let previous = start;
  for (const line of [...lines.slice(1), Number.NaN]) {
    if (start === undefined || previous === undefined) break;
    if (line === previous + 1) {
      previous = line;
      continue;
    }
    parts.push(start === previous ? `${start}` : `${start}-${previous}`);
    start = line;
    previous = line;
  }
  return parts.join(', ');
}
