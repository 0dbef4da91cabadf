import { mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectOrExplain } from '~/lib/neo4j/connection';
import { serverFiles, serverJar } from './paths';
import { freePort } from './ports';
import { stopProcess } from './process-control';
import { spawnServer } from './spawn-server';

/** Classes Neo4j loaded in a training run, mapped at start-up instead of parsed again (AppCDS). */
const archive = serverJar.replace(/\.jar$/, '.jsa');

/** True when the archive exists and was made from the current jar. */
function archiveIsFresh(): boolean {
  try {
    return statSync(archive).mtimeMs >= statSync(serverJar).mtimeMs;
  } catch {
    return false;
  }
}

/** Starts a throwaway server that records its classes at exit, exercises Bolt and Cypher, stops it. */
async function trainArchive(): Promise<void> {
  // Unique per run: two first starts at once must not write one file together.
  const partial = `${archive}.${process.pid}.partial`;
  const port = await freePort();
  const files = serverFiles(port, mkdtempSync(join(tmpdir(), 'neo4j-train-')));
  let pid: number | undefined;
  try {
    const server = await spawnServer({
      port,
      files,
      exitWithParent: true,
      jvmArgs: [`-XX:ArchiveClassesAtExit=${partial}`, '-Xlog:cds*=off'],
    });
    pid = server.pid;
    const connection = await connectOrExplain({ uri: server.uri, user: 'neo4j', password: '' });
    try {
      await connection.driver.executeQuery('CREATE (a:Warm {key: $key})-[:TO]->(b:Warm) RETURN a.key', { key: 'x' });
      await connection.driver.executeQuery('MATCH (a:Warm)-[r]->(b) RETURN a.key, type(r), count(b)');
      await connection.driver.executeQuery('MATCH (n:Warm) DETACH DELETE n');
    } finally {
      await connection.close();
    }
    // The JVM writes the archive while it exits, which takes a few seconds.
    await stopProcess(pid);
    pid = undefined;
    if ((statSync(partial, { throwIfNoEntry: false })?.size ?? 0) > 0) renameSync(partial, archive);
  } finally {
    if (pid !== undefined) await stopProcess(pid);
    rmSync(partial, { force: true });
    rmSync(files.dataDir, { recursive: true, force: true });
  }
}

/**
 * JVM options that load Neo4j's classes from a class-data archive, made once per jar build
 * (roughly halves start-up). Never fails a start: without an archive, java starts the slow way.
 */
export async function classArchiveOptions(report: (message: string) => void): Promise<string[]> {
  if (!archiveIsFresh()) {
    report('Recording a class-data archive so later starts are faster (once per build, ~20 s)…');
    try {
      await trainArchive();
    } catch (error) {
      report(`(no class-data archive, starts stay slower: ${(error as Error).message})`);
    }
  }
  return archiveIsFresh() ? [`-XX:SharedArchiveFile=${archive}`] : [];
}
