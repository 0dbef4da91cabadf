import type { Graph } from '~/lib/graph/graph.schema';
import { labelPattern, quoteName } from '~/lib/graph-neo4j/cypher-names';
import { toDriverProperties } from '~/lib/graph-neo4j/driver-values';
import type { Neo4jConnection } from '~/lib/neo4j/connection';

// The Neo4j benchmark's baseline: one auto-commit statement per row, in one session, with the same
// MERGE statements the batched loader runs (and the same key constraints in place).

/** Seconds to write `graph`'s nodes then relationships one statement each. */
export async function writeRowByRow(
  connection: Neo4jConnection,
  graph: Graph,
): Promise<{ nodeSeconds: number; relationshipSeconds: number }> {
  const labelsOf = new Map(graph.nodes.map((node) => [node.id, node.labels]));
  const session = connection.session();
  try {
    let started = performance.now();
    for (const node of graph.nodes) {
      await session.run(`MERGE (n${labelPattern(node.labels)} {key: $key}) SET n = $props`, {
        key: node.id,
        props: toDriverProperties({ ...node.properties, key: node.id }),
      });
    }
    const nodeSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    for (const rel of graph.relationships) {
      const start = labelPattern(labelsOf.get(rel.start) ?? []);
      const end = labelPattern(labelsOf.get(rel.end) ?? []);
      await session.run(
        `MATCH (a${start} {key: $start}) MATCH (b${end} {key: $end}) MERGE (a)-[r:${quoteName(rel.type)}]->(b) SET r = $props`,
        {
          start: rel.start,
          end: rel.end,
          props: toDriverProperties(rel.properties),
        },
      );
    }
    return { nodeSeconds, relationshipSeconds: (performance.now() - started) / 1000 };
  } finally {
    await session.close();
  }
}

/** Seconds to read `graph`'s nodes then relationships back one statement each (the export baseline). */
export async function readRowByRow(
  connection: Neo4jConnection,
  graph: Graph,
): Promise<{ nodeSeconds: number; relationshipSeconds: number }> {
  const labelsOf = new Map(graph.nodes.map((node) => [node.id, node.labels]));
  const session = connection.session({ defaultAccessMode: 'READ' });
  try {
    let started = performance.now();
    for (const node of graph.nodes) {
      await session.run(
        `MATCH (n${labelPattern(node.labels)} {key: $key}) RETURN labels(n) AS labels, properties(n) AS props`,
        { key: node.id },
      );
    }
    const nodeSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    for (const rel of graph.relationships) {
      const start = labelPattern(labelsOf.get(rel.start) ?? []);
      const end = labelPattern(labelsOf.get(rel.end) ?? []);
      await session.run(
        `MATCH (a${start} {key: $start})-[r:${quoteName(rel.type)}]->(b${end} {key: $end}) RETURN properties(r) AS props`,
        { start: rel.start, end: rel.end },
      );
    }
    return { nodeSeconds, relationshipSeconds: (performance.now() - started) / 1000 };
  } finally {
    await session.close();
  }
}
