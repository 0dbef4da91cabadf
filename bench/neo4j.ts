import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Graph } from '~/lib/graph/graph.schema';
import { serializeGraph } from '~/lib/graph/serialize-export';
import { emptyDatabase } from '~/lib/graph-neo4j/empty-database';
import { loadGraph } from '~/lib/graph-neo4j/load-graph';
import { readGraph } from '~/lib/graph-neo4j/read-graph';
import { connectOrExplain, type Neo4jConnection } from '~/lib/neo4j/connection';
import { startNeo4j } from '../scripts/neo4j/launcher';
import { freePort } from '../scripts/neo4j/ports';
import type { BenchContext } from './lib/context';
import { figure } from './lib/figure';
import type { Section } from './lib/result';
import { round } from './lib/stats';
import { readRowByRow, writeRowByRow } from './neo4j/row-by-row';
import { syntheticGraph } from './neo4j/synthetic-graph';

// Load (loadGraph: batched UNWIND, one transaction per batch) and export (readGraph, serializeGraph,
// write) of a generated graph of 10,000 nodes and 30,000 relationships in the embedded dev Neo4j,
// beside one statement per row, timed on a sample of rows and extrapolated.

const seconds = (since: number) => (performance.now() - since) / 1000;
const sample = (graph: Graph, size: number): Graph => ({
  nodes: graph.nodes.slice(0, size),
  relationships: graph.relationships.slice(0, size),
});

async function exportTo(connection: Neo4jConnection, file: string): Promise<{ seconds: number; graph: Graph }> {
  const started = performance.now();
  const graph = await readGraph(connection);
  await writeFile(file, serializeGraph(graph).text);
  return { seconds: seconds(started), graph };
}

/** The Neo4j benchmark. */
export async function benchNeo4j(ctx: BenchContext): Promise<Omit<Section, 'seconds'>> {
  if (!existsSync(join(ctx.root, 'scripts', 'neo4j', 'launcher.ts')))
    throw new Error('not measured yet: no embedded Neo4j launcher');
  const [nodes, relationships, sampleSize] = ctx.quick ? [1000, 3000, 200] : [10_000, 30_000, 1000];
  const graph = syntheticGraph(nodes, relationships);
  const dir = join(ctx.out, 'neo4j');
  await mkdir(dir, { recursive: true });
  const dataDir = await mkdtemp(join(dir, 'data-'));
  ctx.log('starting the embedded Neo4j…');
  const server = await startNeo4j({
    port: await freePort(),
    dataDir,
    exitWithParent: true,
    report: (message) => ctx.log(message),
  });
  const connection = await connectOrExplain({ uri: server.uri, user: 'neo4j', password: '' });
  try {
    // Warm the JVM and create the key constraints, so neither side pays for them.
    ctx.log('warming up…');
    await loadGraph(connection, syntheticGraph(1000, 3000, 2));
    await exportTo(connection, join(dir, 'warm-up.jsonl'));
    await emptyDatabase(connection);

    ctx.log(`loading ${nodes} nodes and ${relationships} relationships with loadGraph…`);
    const started = performance.now();
    const report = await loadGraph(connection, graph);
    const loadSeconds = seconds(started);
    ctx.log(`  ${loadSeconds.toFixed(1)} s; exporting…`);
    const exported = await exportTo(connection, join(dir, 'export.jsonl'));
    const readBack = `${exported.graph.nodes.length} nodes and ${exported.graph.relationships.length} relationships exported`;

    ctx.log(`baseline: reading ${sampleSize} nodes and ${sampleSize} relationships one statement each…`);
    const reads = await readRowByRow(connection, sample(graph, sampleSize));
    await emptyDatabase(connection);
    ctx.log(`baseline: writing ${sampleSize} nodes and ${sampleSize} relationships one statement each…`);
    const writes = await writeRowByRow(connection, { nodes: sample(graph, sampleSize).nodes, relationships: [] });
    // The sampled relationships need both their ends: the other nodes go in untimed, batched.
    await loadGraph(connection, { nodes: graph.nodes.slice(sampleSize), relationships: [] });
    const relWrites = await writeRowByRow(connection, {
      nodes: [],
      relationships: sample(graph, sampleSize).relationships,
    });
    const perNode = writes.nodeSeconds / sampleSize;
    const perRel = relWrites.relationshipSeconds / sampleSize;
    const baselineLoad = perNode * nodes + perRel * relationships;
    const baselineExport =
      (reads.nodeSeconds / sampleSize) * nodes + (reads.relationshipSeconds / sampleSize) * relationships;
    const size = `${nodes.toLocaleString('en')} nodes / ${relationships.toLocaleString('en')} relationships`;
    const extrapolated = `baseline timed on the first ${sampleSize} nodes and ${sampleSize} relationships (${round(perNode * 1000, 2)} ms and ${round(perRel * 1000, 2)} ms a row) and extrapolated linearly`;
    return {
      id: 'neo4j',
      title: 'Neo4j',
      status: 'measured',
      reasons: [],
      figures: [
        figure({
          id: 'neo4j.load',
          label: `Load, ${size}`,
          unit: 's',
          ours: round(loadSeconds, 2),
          baseline: round(baselineLoad, 1),
          baselineLabel: 'one MERGE statement per row (auto-commit), extrapolated',
          note: `${report.batches} batches; ${extrapolated}`,
          target: {
            text: '≤ 15 s and ≥ 20 × faster than the baseline',
            check: (ours, base) => ours <= 15 && base !== undefined && base / ours >= 20,
          },
        }),
        figure({
          id: 'neo4j.export',
          label: `Export, ${size}`,
          unit: 's',
          ours: round(exported.seconds, 2),
          baseline: round(baselineExport, 1),
          baselineLabel: 'one MATCH statement per row, extrapolated',
          note: `${readBack}; readGraph + serializeGraph + write`,
          target: { text: '≤ 5 s', check: (ours) => ours <= 5 },
        }),
      ],
      charts: [
        {
          title: `Neo4j, ${size}`,
          unit: 's',
          x: ['load', 'export'],
          series: [
            { name: 'ours (batched)', values: [loadSeconds, exported.seconds] },
            { name: 'one statement per row (extrapolated)', values: [baselineLoad, baselineExport] },
          ],
        },
      ],
      notes: [
        `The embedded Neo4j Community of graph/neo4j/ (Bolt on 127.0.0.1, a fresh store under bench/out/neo4j/), after a warm-up load and export of 1,000 nodes that also creates the key constraints.`,
        'The generated graph: four labels, four relationship types, bilingual properties; every relationship unique, so nothing is merged away.',
        'The baseline per row is timed on an almost empty store, where a MERGE is cheapest: the extrapolation flatters the baseline.',
      ],
    };
  } finally {
    await connection.close();
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
