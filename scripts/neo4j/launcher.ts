import { connectOrExplain } from '~/lib/neo4j/connection';
import { classArchiveOptions } from './class-archive';
import { requireJava } from './java-tools';
import { DEFAULT_PORT, serverFiles } from './paths';
import { readLivePid, removePidFile, writePidFile } from './pid-file';
import { isPortTaken } from './ports';
import { stopProcess } from './process-control';
import { ensureServerJar } from './server-jar';
import { consoleTail, spawnServer } from './spawn-server';

/** What to start; every field has a default. */
export interface StartNeo4jOptions {
  /** Bolt port on 127.0.0.1. Default 7687. */
  port?: number;
  /** Store, logs and pid file. Default graph/neo4j/data/<port>/ (git-ignored). */
  dataDir?: string;
  /** true (default): the server stops when this process ends. false: it runs on (`npm run neo4j:start`). */
  exitWithParent?: boolean;
  /** Where progress (building, preparing) is told. Default: stderr. */
  report?: (message: string) => void;
}

/** A dev Neo4j that answers on Bolt. */
export interface RunningNeo4j {
  /** bolt://127.0.0.1:<port>; any user name and password are accepted. */
  uri: string;
  /** The Bolt port. */
  port: number;
  /** The java process id. */
  pid: number;
  /** The server's home: store, logs/debug.log, server.log, server.pid. */
  dataDir: string;
  /** Settles with java's exit code when it ends; only observed while this process lives. */
  exited: Promise<number | null>;
  /** Stops the server cleanly (SIGTERM, then SIGKILL after 30 s) and waits for it. */
  stop(): Promise<void>;
}

/** Explains a busy port, naming our own server when it is the one holding it. */
function portTakenError(port: number, ourPid: number | undefined): Error {
  const other = `use another port, e.g. \`NEO4J_PORT=${port + 1} npm run neo4j\``;
  return new Error(
    ourPid === undefined
      ? `Port ${port} on 127.0.0.1 is already in use by another program. Stop that program or ${other}.`
      : `Port ${port} on 127.0.0.1 is already in use by the dev Neo4j (pid ${ourPid}). Stop it with \`npm run neo4j:stop\` or ${other}.`,
  );
}

/**
 * Starts Neo4j Community embedded (graph/neo4j/) with Bolt on 127.0.0.1 and authentication off,
 * building the jar first if needed, and resolves once the driver can connect.
 */
export async function startNeo4j(options: StartNeo4jOptions = {}): Promise<RunningNeo4j> {
  const port = options.port ?? DEFAULT_PORT;
  const files = serverFiles(port, options.dataDir);
  const report = options.report ?? ((message: string) => console.error(message));
  requireJava();
  await ensureServerJar(report);
  const jvmArgs = await classArchiveOptions(report);
  if (await isPortTaken(port)) throw portTakenError(port, readLivePid(files.pidFile));

  const server = await spawnServer({ port, files, exitWithParent: options.exitWithParent ?? true, jvmArgs });
  writePidFile(files.pidFile, server.pid);
  const stop = async (): Promise<void> => {
    await stopProcess(server.pid);
    removePidFile(files.pidFile);
  };
  try {
    const connection = await connectOrExplain({ uri: server.uri, user: 'neo4j', password: '' });
    await connection.close();
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\nServer output:\n${consoleTail(files)}`, { cause: error });
  }
  return { uri: server.uri, port, pid: server.pid, dataDir: files.dataDir, exited: server.exited, stop };
}
