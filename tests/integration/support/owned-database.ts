import { connectOrExplain, type Neo4jConnection, readNeo4jConfig } from '~/lib/neo4j/connection';

/**
 * A connection for tests that must empty the database (round trips). They run on the server the
 * test setup started; against your own NEO4J_URI they refuse unless NEO4J_TEST_ALLOW_WIPE=1.
 */
export async function connectToWipeableDatabase(): Promise<Neo4jConnection> {
  const connection = await connectOrExplain(readNeo4jConfig(process.env));
  if (process.env['NEO4J_TEST_OWNED'] !== '1' && process.env['NEO4J_TEST_ALLOW_WIPE'] !== '1') {
    await connection.close();
    throw new Error(
      `These tests empty the database at ${connection.config.uri}. It is not the test server, so they stopped: ` +
        'unset NEO4J_URI to let the tests start their own, or set NEO4J_TEST_ALLOW_WIPE=1 if emptying it is fine.',
    );
  }
  return connection;
}
