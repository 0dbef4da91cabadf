import type { Session } from 'neo4j-driver';
import { canonicalizeGraph } from '~/lib/graph/canonicalize-graph';
import { formatProblem } from '~/lib/graph/graph-problem';
import type { Graph } from '~/lib/graph/graph.schema';
import type { LineOrigin } from '~/lib/graph/line-origin.schema';
import type { Neo4jConnection } from '~/lib/neo4j/connection';
import { keyConstraintName, labelPattern, quoteName } from './cypher-names';
import { toDriverProperties } from './driver-values';
import { type Batch, describeGroups, describeOrigins, packBatches, type RowGroup } from './load-batches';

/** One batch saved by `loadGraph`, for progress lines. */
export interface BatchDone {
  /** 1-based. */
  index: number;
  total: number;
  group: string;
  rows: number;
  milliseconds: number;
}

/** How `loadGraph` went: counts, and warnings to print. */
export interface LoadReport {
  nodes: number;
  relationships: number;
  batches: number;
  warnings: string[];
}

/** Thrown when a batch fails: it was rolled back; the batches before it are saved. */
export class GraphLoadError extends Error {
  constructor(batch: Batch<unknown>, index: number, total: number, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(
      `batch ${index} of ${total} (${describeGroups(batch)}; ${batch.rows} rows) failed and was rolled back: ${reason}\n` +
        `It held the lines ${describeOrigins(batch.parts.flatMap((part) => part.origins))}.\n` +
        'Fix those lines and load again: the batches before it are saved, and loading again merges rather than duplicates.',
    );
    this.name = 'GraphLoadError';
  }
}

/**
 * Loads a parsed export into Neo4j: a unique `key` constraint per label first, then nodes, then
 * relationships, in batches of `UNWIND` rows, one transaction per batch. Nodes are merged on
 * `key` (a node without one is given its fallback line id as key) and their properties set to
 * exactly the export's, so loading twice gives the same graph. Nothing is deleted.
 */
export async function loadGraph(
  connection: Neo4jConnection,
  graph: Graph,
  batchSize = 2000,
  onBatch?: (done: BatchDone) => void,
): Promise<LoadReport> {
  const { graph: canonical, warnings } = canonicalizeGraph(graph);
  const report: LoadReport = { nodes: 0, relationships: 0, batches: 0, warnings: warnings.map(formatProblem) };
  const session = connection.session();
  try {
    await createKeyConstraints(session, canonical);
    const nodeBatches = nodeBatchesOf(canonical, batchSize);
    const relationshipBatches = relationshipBatchesOf(canonical, batchSize, report.warnings);
    const all = [...nodeBatches, ...relationshipBatches];
    for (const [index, batch] of all.entries()) {
      const started = performance.now();
      try {
        await session.executeWrite(async (tx) => {
          for (const part of batch.parts) await tx.run(part.statement, { rows: part.rows });
        });
      } catch (error) {
        throw new GraphLoadError(batch, index + 1, all.length, error);
      }
      report.batches += 1;
      onBatch?.({
        index: index + 1,
        total: all.length,
        group: describeGroups(batch),
        rows: batch.rows,
        milliseconds: performance.now() - started,
      });
      if (index < nodeBatches.length) report.nodes += batch.rows;
      else report.relationships += batch.rows;
    }
    return report;
  } finally {
    await session.close();
  }
}

async function createKeyConstraints(session: Session, graph: Graph): Promise<void> {
  const labels = [...new Set(graph.nodes.flatMap((node) => node.labels))].sort();
  for (const label of labels) {
    await session.run(
      `CREATE CONSTRAINT ${quoteName(keyConstraintName(label))} IF NOT EXISTS FOR (n${labelPattern([label])}) REQUIRE n.key IS UNIQUE`,
    );
  }
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function nodeBatchesOf(graph: Graph, size: number): Batch<unknown>[] {
  const groups = [...groupBy(graph.nodes, (node) => JSON.stringify(node.labels))].map(
    ([, nodes]): RowGroup<unknown> => {
      const labels = nodes[0]?.labels ?? [];
      return {
        group: `nodes ${labelPattern(labels) || '(no label)'}`,
        statement: `UNWIND $rows AS row MERGE (n${labelPattern(labels)} {key: row.key}) SET n = row.props`,
        items: nodes.map((node) => ({
          row: { key: node.id, props: toDriverProperties({ ...node.properties, key: node.id }) },
          origin: node.origin,
        })),
      };
    },
  );
  return packBatches(groups, size);
}

function relationshipBatchesOf(graph: Graph, size: number, warnings: string[]): Batch<unknown>[] {
  const labelsOf = new Map(graph.nodes.map((node) => [node.id, node.labels]));
  const items: { row: unknown; origin: LineOrigin; group: string; statement: string }[] = [];
  for (const rel of graph.relationships) {
    if (/#\d+$/.test(rel.id)) {
      warnings.push(
        `${rel.origin.file}:${rel.origin.line}: warning: a second ${rel.type} relationship between the same two nodes is merged into the first — give them different types if both matter`,
      );
      continue;
    }
    const start = labelPattern(labelsOf.get(rel.start) ?? []);
    const end = labelPattern(labelsOf.get(rel.end) ?? []);
    const statement =
      `UNWIND $rows AS row MATCH (a${start} {key: row.start}) MATCH (b${end} {key: row.end}) ` +
      `MERGE (a)-[r:${quoteName(rel.type)}]->(b) SET r = row.props`;
    const row = { start: rel.start, end: rel.end, props: toDriverProperties(rel.properties) };
    items.push({ row, origin: rel.origin, group: `relationships ${start}-[:${rel.type}]->${end}`, statement });
  }
  const groups = [...groupBy(items, (item) => item.statement)].map(([statement, group]): RowGroup<unknown> => ({
    group: group[0]?.group ?? statement,
    statement,
    items: group,
  }));
  return packBatches(groups, size);
}
