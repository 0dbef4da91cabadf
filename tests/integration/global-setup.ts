import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { connectOrExplain, readNeo4jConfig } from '~/lib/neo4j/connection';
import { startNeo4j } from '../../scripts/neo4j/launcher';
import { freePort } from '../../scripts/neo4j/ports';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Bolt URI the integration tests use; also in process.env.NEO4J_URI of every worker. */
    neo4jUri: string;
  }
}

/**
 * Gives the integration tests a real Neo4j: the one NEO4J_URI names, or else a fresh embedded
 * server on a free port with a throwaway store (NEO4J_TEST_OWNED=1), stopped and deleted after the run.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (process.env['NEO4J_URI']) {
    // Fail once, up front, with the explanation, rather than in every test.
    const connection = await connectOrExplain(readNeo4jConfig(process.env));
    await connection.close();
    // Someone else's server: tests that empty the database must ask first (NEO4J_TEST_ALLOW_WIPE).
    delete process.env['NEO4J_TEST_OWNED'];
    project.provide('neo4jUri', connection.config.uri);
    return undefined;
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'neo4j-test-'));
  const server = await startNeo4j({ port: await freePort(), dataDir, exitWithParent: true });
  // Workers start after global setup and inherit this environment. NEO4J_TEST_OWNED=1 tells
  // tests this store is throwaway, so they may empty it.
  process.env['NEO4J_URI'] = server.uri;
  process.env['NEO4J_TEST_OWNED'] = '1';
  project.provide('neo4jUri', server.uri);
  return async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
