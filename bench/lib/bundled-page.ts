import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';

/**
 * Writes a benchmark page into `dir`: `index.html` with `html`, and `script` (which the HTML loads),
 * a minified browser bundle of `entry` (a path under the project root) built with the project's tsconfig.
 */
export async function writeBundledPage(
  root: string,
  dir: string,
  page: { html: string; entry: string; script: string },
): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'index.html'), page.html);
  await build({
    entryPoints: [join(root, page.entry)],
    outfile: join(dir, page.script),
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'error',
  });
}
