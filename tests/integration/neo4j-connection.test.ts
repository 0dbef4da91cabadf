import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectOrExplain, readNeo4jConfig, type Neo4jConnection } from '~/lib/neo4j/connection';

// A label no other test or person uses, so cleaning up cannot touch anyone else's data.
const label = `ConnectionTest_${randomUUID().replaceAll('-', '')}`;
let neo4j: Neo4jConnection;

beforeAll(async () => {
  neo4j = await connectOrExplain(readNeo4jConfig(process.env));
});

afterAll(async () => {
  await neo4j.driver.executeQuery(
    `MATCH (n:${label}) DETACH DELETE n`,
    {},
    neo4j.config.database === undefined ? {} : { database: neo4j.config.database },
  );
  await neo4j.close();
});

describe('the Neo4j connection', () => {
  it('reaches the server the global setup chose, through NEO4J_URI', () => {
    expect(process.env['NEO4J_URI']).toBe(inject('neo4jUri'));
    expect(neo4j.config.uri).toBe(inject('neo4jUri'));
  });

  it('writes nodes and a relationship in one transaction and reads them back', async () => {
    const session = neo4j.session();
    try {
      await session.executeWrite((tx) =>
        tx.run(
          `CREATE (a:${label} {key: 'perception', name: '感知'})-[:ENABLES {weight: 2}]->(b:${label} {key: 'decision', name: 'decision'})`,
        ),
      );
      const result = await session.executeRead((tx) =>
        tx.run(
          `MATCH (a:${label})-[r]->(b:${label}) RETURN a.key AS from, a.name AS name, type(r) AS type, r.weight AS weight, b.key AS to`,
        ),
      );
      expect(result.records.map((record) => record.toObject())).toEqual([
        {
          from: 'perception',
          name: '感知',
          type: 'ENABLES',
          weight: expect.objectContaining({ low: 2, high: 0 }),
          to: 'decision',
        },
      ]);
    } finally {
      await session.close();
    }
  });

  it('lets a second connection see what the first one committed', async () => {
    const other = await connectOrExplain(readNeo4jConfig(process.env));
    try {
      const session = other.session({ defaultAccessMode: 'READ' });
      const result = await session.run(`MATCH (n:${label}) RETURN n.key AS key ORDER BY key`);
      await session.close();
      expect(result.records.map((record) => record.get('key'))).toEqual(['decision', 'perception']);
    } finally {
      await other.close();
    }
  });
});
