import type { Graph } from '~/lib/graph/graph.schema';
import type { PropertyMap } from '~/lib/graph/property-value.schema';
import type { Neo4jConnection } from '~/lib/neo4j/connection';
import { fromDriverValue } from './driver-values';

function toPropertyMap(properties: Record<string, unknown>, where: string): PropertyMap {
  return Object.fromEntries(
    Object.entries(properties).map(([name, value]) => [name, fromDriverValue(value, `${where}, property "${name}"`)]),
  );
}

/**
 * Reads every node and relationship of the configured database into a Graph. Ids are Neo4j's
 * element ids for now; the serializer replaces them with keys (or stable fallbacks).
 */
export async function readGraph(connection: Neo4jConnection): Promise<Graph> {
  const origin = { file: `neo4j:${connection.config.database ?? 'default database'}`, line: 0 };
  const session = connection.session({ defaultAccessMode: 'READ' });
  try {
    const nodeResult = await session.run(
      'MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props',
    );
    const nodes = nodeResult.records.map((record) => {
      const id = record.get('id') as string;
      const properties = toPropertyMap(record.get('props') as Record<string, unknown>, `node ${id}`);
      return { id, labels: record.get('labels') as string[], properties, origin };
    });
    const relationshipResult = await session.run(
      'MATCH (a)-[r]->(b) RETURN elementId(r) AS id, type(r) AS type, elementId(a) AS start, elementId(b) AS end, properties(r) AS props',
    );
    const relationships = relationshipResult.records.map((record) => {
      const id = record.get('id') as string;
      return {
        id,
        type: record.get('type') as string,
        start: record.get('start') as string,
        end: record.get('end') as string,
        properties: toPropertyMap(record.get('props') as Record<string, unknown>, `relationship ${id}`),
        origin,
      };
    });
    return { nodes, relationships };
  } finally {
    await session.close();
  }
}
