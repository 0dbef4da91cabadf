import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** How a measured command went. */
export interface ProcessRun {
  /** Wall time in seconds. */
  seconds: number;
  /** Peak resident memory of the largest process, in MB (GNU time), or of the whole tree (polled /proc). */
  peakMB: number | undefined;
  exitCode: number | null;
  /** The last 4,000 characters of stdout and stderr together, for error messages. */
  tail: string;
}

const GNU_TIME = '/usr/bin/time';

/**
 * Runs a command and measures its wall time and peak memory: with GNU time (`apt-get install time`)
 * when present, else by polling the resident memory of its process tree in /proc every 100 ms.
 */
export async function runMeasured(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<ProcessRun> {
  const useTime = existsSync(GNU_TIME);
  const dir = useTime ? await mkdtemp(join(tmpdir(), 'bench-time-')) : undefined;
  const timeFile = dir ? join(dir, 'time.txt') : undefined;
  const [file, argv] = timeFile ? [GNU_TIME, ['-v', '-o', timeFile, command, ...args]] : [command, [...args]];
  const started = performance.now();
  const child = spawn(file, argv, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let polledPeak = 0;
  const poll = timeFile ? undefined : setInterval(() => (polledPeak = Math.max(polledPeak, treeRssKB(child.pid))), 100);
  const timer = options.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs) : undefined;
  const exitCode = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(poll);
  clearTimeout(timer);
  let peakKB: number | undefined = polledPeak || undefined;
  if (timeFile && dir) {
    const text = await readFile(timeFile, 'utf8').catch(() => '');
    const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
    peakKB = match ? Number(match[1]) : undefined;
    await rm(dir, { recursive: true, force: true });
  }
  return { seconds, peakMB: peakKB === undefined ? undefined : Math.round(peakKB / 1024), exitCode, tail: output };
}

/** Resident KB of a process and all its descendants, from /proc (0 when it has ended). */
function treeRssKB(pid: number | undefined): number {
  if (pid === undefined) return 0;
  let total = 0;
  const pending = [pid];
  while (pending.length > 0) {
    const current = pending.pop()!;
    try {
      const status = readFileSync(`/proc/${current}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      const children = readFileSync(`/proc/${current}/task/${current}/children`, 'utf8').trim();
      if (children) pending.push(...children.split(/\s+/).map(Number));
    } catch {
      // The process ended between two reads.
    }
  }
  return total;
}
