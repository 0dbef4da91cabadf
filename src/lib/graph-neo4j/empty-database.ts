import type { Neo4jConnection } from '~/lib/neo4j/connection';

/** Deletes every node and relationship (for `graph:load --replace` only), in transactions of 10,000. */
export async function emptyDatabase(connection: Neo4jConnection): Promise<void> {
  const session = connection.session();
  try {
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}
