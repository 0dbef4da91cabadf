import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild, type BuildRun } from '../build/astro-build';
import { copyProject } from '../build/project-copy';
import type { BenchContext } from './context';

// The real site, built once per run from a copy of the project (bench/out/build/ours-real/), so
// the benchmarks never depend on, or overwrite, someone's dist/.

let built: Promise<{ dist: string; run?: BuildRun }> | undefined;

/** Where the copy of the project with its real course lives. */
export function realSiteDir(ctx: BenchContext): string {
  return join(ctx.out, 'build', 'ours-real');
}

/** Builds the real site (measured) unless it was built already in this run. */
export function buildRealSite(ctx: BenchContext): Promise<{ dist: string; run?: BuildRun }> {
  built ??= (async () => {
    const dir = realSiteDir(ctx);
    if (ctx.reuse && existsSync(join(dir, 'dist', 'index.html'))) {
      ctx.log(`reusing the site built before in ${dir}`);
      return { dist: join(dir, 'dist') };
    }
    ctx.log('building the site (a copy of the project with its real course)…');
    await copyProject(ctx.root, dir);
    const run = await astroBuild(ctx.root, dir);
    ctx.log(`  built ${run.pages} pages in ${run.seconds.toFixed(1)} s`);
    return { dist: run.dist, run };
  })();
  return built;
}
