import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whatever the current directory. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The Maven project of the embedded server (graph/neo4j/). */
export const serverProjectDir = join(repoRoot, 'graph', 'neo4j');

/** The runnable jar `mvn package` makes; its dependencies sit in target/lib/ beside it. */
export const serverJar = join(serverProjectDir, 'target', 'neo4j-dev-server.jar');

/** The port `npm run neo4j` uses unless told otherwise (Neo4j's usual Bolt port). */
export const DEFAULT_PORT = 7687;

/** Where a server keeps its store, logs, pid file and console log. */
export interface ServerFiles {
  /** Neo4j's home: data/ and logs/ (debug.log) inside. */
  dataDir: string;
  /** Holds the pid of the running java process; absent when none runs. */
  pidFile: string;
  /** What the java process printed (NEO4J_READY, errors, JVM warnings). */
  consoleLog: string;
}

/** The files of a server whose home is `dataDir` (default graph/neo4j/data/<port>, git-ignored). */
export function serverFiles(port: number, dataDir = join(serverProjectDir, 'data', String(port))): ServerFiles {
  return { dataDir, pidFile: join(dataDir, 'server.pid'), consoleLog: join(dataDir, 'server.log') };
}
