import type { LineOrigin } from '~/lib/graph/line-origin.schema';

/** One batch of rows for an `UNWIND $rows` statement, with the export lines it came from. */
export interface Batch<Row> {
  /** Which group of rows it belongs to, e.g. `nodes :Chain`, for messages. */
  group: string;
  /** The Cypher statement that takes `$rows`. */
  statement: string;
  rows: Row[];
  origins: LineOrigin[];
}

/** Splits rows into batches of at most `size`, keeping each row's origin beside it. */
export function toBatches<Row>(
  group: string,
  statement: string,
  items: readonly { row: Row; origin: LineOrigin }[],
  size: number,
): Batch<Row>[] {
  const batches: Batch<Row>[] = [];
  for (let from = 0; from < items.length; from += size) {
    const slice = items.slice(from, from + size);
    batches.push({ group, statement, rows: slice.map((item) => item.row), origins: slice.map((item) => item.origin) });
  }
  return batches;
}

/** `graph/a.jsonl:3-5, 9` style list of the lines a batch held, by file. */
export function describeOrigins(origins: readonly LineOrigin[]): string {
  const byFile = new Map<string, number[]>();
  for (const { file, line } of origins) byFile.set(file, [...(byFile.get(file) ?? []), line]);
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
