import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SECRET_CANARY } from '../lib/canary';
import { runMeasured, type ProcessRun } from '../lib/run-process';
import { htmlFiles } from './project-copy';

/** A finished build: how long it took, its peak memory and how many pages it wrote. */
export interface BuildRun extends ProcessRun {
  pages: number;
  dist: string;
}

// Astro keeps its content cache in node_modules/.astro and Vite in node_modules/.vite; a copy's
// node_modules is the project's (a symlink), so each copy gets caches of its own: every build is cold
// and never disturbs the project's.
const WRAPPER = `import base from './astro.config.mjs';
export default { ...base, cacheDir: './.bench-cache', vite: { ...(base.vite ?? {}), cacheDir: './.bench-vite' } };
`;

/**
 * Runs `astro build` in the project copy `dir` with the project's Astro and Node, measured, with
 * NEO4J_PASSWORD set to the canary. Throws with the build's last output when it fails.
 */
export async function astroBuild(root: string, dir: string, options: { timeoutMs?: number } = {}): Promise<BuildRun> {
  const config = join(dir, 'astro.bench.config.mjs');
  if (existsSync(join(dir, 'astro.config.mjs'))) await writeFile(config, WRAPPER);
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const env = { ...process.env, NEO4J_PASSWORD: SECRET_CANARY, ASTRO_TELEMETRY_DISABLED: '1' };
  const run = await runMeasured(process.execPath, [astro, 'build', '--config', 'astro.bench.config.mjs'], {
    cwd: dir,
    env,
    timeoutMs: options.timeoutMs ?? 20 * 60_000,
  });
  if (run.exitCode !== 0)
    throw new Error(`astro build failed in ${dir} (exit ${String(run.exitCode)}):\n${run.tail.slice(-1500)}`);
  const dist = join(dir, 'dist');
  return { ...run, pages: htmlFiles(dist).length, dist };
}
