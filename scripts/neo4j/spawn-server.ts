import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { serverJar, type ServerFiles } from './paths';

/**
 * Modest and quick to start on a small box: 1 GB heap at most, one GC thread, no C2 compiler
 * (the course graph is tiny, so peak speed matters less than start-up), JVM warnings kept off
 * stdout so the server's own lines stay easy to read.
 */
export const JVM_OPTIONS: readonly string[] = [
  '-Xms256m',
  '-Xmx1g',
  '-XX:+UseSerialGC',
  '-XX:TieredStopAtLevel=1',
  '-XX:-UsePerfData',
  '-Xlog:disable',
  '-Xlog:all=warning:stderr',
];

/** First start on a cold machine (JIT, a new store) can be slow; a healthy one takes seconds. */
const READY_TIMEOUT_MS = 120_000;

/** How to launch one java process. */
export interface SpawnServerOptions {
  /** Bolt port on 127.0.0.1. */
  port: number;
  /** Where the store, logs and console log go. */
  files: ServerFiles;
  /** true: the server stops when this process ends (its stdin closes). false: it runs on, detached. */
  exitWithParent: boolean;
  /** More JVM options, e.g. the class-data archive. */
  jvmArgs?: readonly string[];
}

/** A java process that has printed NEO4J_READY. */
export interface SpawnedServer {
  /** The process id of java. */
  pid: number;
  /** bolt://127.0.0.1:<port>. */
  uri: string;
  /** Settles with the exit code when java ends (only observed while this process lives). */
  exited: Promise<number | null>;
}

/** The last lines of the console log, to show with a failure. */
export function consoleTail(files: ServerFiles, lines = 15): string {
  try {
    return readFileSync(files.consoleLog, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no console output)';
  }
}

/** Starts java on the server jar and waits for its NEO4J_READY line; throws with its output otherwise. */
export async function spawnServer(options: SpawnServerOptions): Promise<SpawnedServer> {
  const { port, files, exitWithParent } = options;
  mkdirSync(files.dataDir, { recursive: true });
  // Truncated per start, so a READY line from an earlier run is never mistaken for this one.
  const output = openSync(files.consoleLog, 'w');
  const args = [
    ...JVM_OPTIONS,
    ...(options.jvmArgs ?? []),
    '-jar',
    serverJar,
    '--port',
    String(port),
    '--data',
    files.dataDir,
  ];
  const child = spawn('java', exitWithParent ? [...args, '--exit-on-stdin-close'] : args, {
    stdio: [exitWithParent ? 'pipe' : 'ignore', output, output],
    detached: !exitWithParent,
  });
  closeSync(output);
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const spawnError = new Promise<Error>((done) => child.once('error', done));
  if (!exitWithParent) child.unref();

  // Set from callbacks while the loop below polls the console log.
  const state: { ended?: 'exited' | Error } = {};
  void exited.then(() => (state.ended ??= 'exited'));
  void spawnError.then((error) => (state.ended = error));

  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    const text = readFileSync(files.consoleLog, 'utf8');
    const ready = /^NEO4J_READY (\S+)$/m.exec(text);
    if (ready?.[1] !== undefined && child.pid !== undefined) return { pid: child.pid, uri: ready[1], exited };
    const failure = /^NEO4J_ERROR (.*)$/m.exec(text);
    if (failure?.[1] !== undefined) throw new Error(`The dev Neo4j could not start: ${failure[1]}`);
    if (state.ended instanceof Error) throw new Error(`Could not run java: ${state.ended.message}`);
    if (state.ended === 'exited') {
      throw new Error(
        `The dev Neo4j exited before it was ready. Its output (${files.consoleLog}):\n${consoleTail(files)}`,
      );
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(
        `The dev Neo4j was not ready after ${READY_TIMEOUT_MS / 1000} s. See ${files.consoleLog} and ${files.dataDir}/logs/debug.log.`,
      );
    }
    await sleep(100);
  }
}
