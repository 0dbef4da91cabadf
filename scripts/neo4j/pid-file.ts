import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isAlive } from './process-control';

/** True when `pid` runs our jar; guards against a pid reused by another program after a crash. */
function runsServerJar(pid: number): boolean {
  const result = spawnSync('ps', ['-p', String(pid), '-o', 'args='], { encoding: 'utf8' });
  // Without `ps` (rare), trust the pid file rather than refuse to stop anything.
  if (result.error !== undefined) return true;
  return result.stdout.includes('neo4j-dev-server.jar');
}

/** The pid of the server recorded in `pidFile`, if that process still runs; clears stale files. */
export function readLivePid(pidFile: string): number | undefined {
  let pid: number;
  try {
    pid = Number.parseInt(readFileSync(pidFile, 'utf8'), 10);
  } catch {
    return undefined;
  }
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && runsServerJar(pid)) return pid;
  rmSync(pidFile, { force: true });
  return undefined;
}

/** Records the server's pid so `npm run neo4j:stop` can find it. */
export function writePidFile(pidFile: string, pid: number): void {
  writeFileSync(pidFile, `${pid}\n`);
}

/** Forgets the server's pid once it has stopped. */
export function removePidFile(pidFile: string): void {
  rmSync(pidFile, { force: true });
}
