import type { Session } from 'neo4j-driver';
import { canonicalizeGraph } from '~/lib/graph/canonicalize-graph';
import { formatProblem } from '~/lib/graph/graph-problem';
import type { Graph } from '~/lib/graph/graph.schema';
import type { LineOrigin } from '~/lib/graph/line-origin.schema';
import type { Neo4jConnection } from '~/lib/neo4j/connection';
import { keyConstraintName, labelPattern, quoteName } from './cypher-names';
import { toDriverProperties } from './driver-values';
import { type Batch, describeOrigins, toBatches } from './load-batches';

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
      `batch ${index} of ${total} (${batch.group}, ${batch.rows.length} rows) failed and was rolled back: ${reason}\n` +
        `It held the lines ${describeOrigins(batch.origins)}.\n` +
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
export async function loadGraph(connection: Neo4jConnection, graph: Graph, batchSize = 2000): Promise<LoadReport> {
  const { graph: canonical, warnings } = canonicalizeGraph(graph);
  const report: LoadReport = { nodes: 0, relationships: 0, batches: 0, warnings: warnings.map(formatProblem) };
  const session = connection.session();
  try {
    await createKeyConstraints(session, canonical);
    const nodeBatches = nodeBatchesOf(canonical, batchSize);
    const relationshipBatches = relationshipBatchesOf(canonical, batchSize, report.warnings);
    const all = [...nodeBatches, ...relationshipBatches];
    for (const [index, batch] of all.entries()) {
      try {
        await session.executeWrite((tx) => tx.run(batch.statement, { rows: batch.rows }));
      } catch (error) {
        throw new GraphLoadError(batch, index + 1, all.length, error);
      }
      report.batches += 1;
      if (index < nodeBatches.length) report.nodes += batch.rows.length;
      else report.relationships += batch.rows.length;
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
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}

function nodeBatchesOf(graph: Graph, size: number): Batch<unknown>[] {
  return [...groupBy(graph.nodes, (node) => JSON.stringify(node.labels))].flatMap(([, nodes]) => {
    const labels = nodes[0]?.labels ?? [];
    const statement = `UNWIND $rows AS row MERGE (n${labelPattern(labels)} {key: row.key}) SET n = row.props`;
    const items = nodes.map((node) => ({
      row: { key: node.id, props: toDriverProperties({ ...node.properties, key: node.id }) },
      origin: node.origin,
    }));
    return toBatches(`nodes ${labelPattern(labels) || '(no label)'}`, statement, items, size);
  });
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
  return [...groupBy(items, (item) => item.statement)].flatMap(([statement, group]) =>
    toBatches(group[0]?.group ?? statement, statement, group, size),
  );
}
