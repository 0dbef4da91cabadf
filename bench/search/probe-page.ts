import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';

const HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><title>Search probe</title></head>
<body><main><h1>Search probe</h1></main><script type="module" src="./probe.js"></script></body></html>
`;

/** Writes the search probe page (index.html and a bundle of bench/search/probe-entry.ts) into `dir`. */
export async function writeSearchProbe(root: string, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'index.html'), HTML);
  await build({
    entryPoints: [join(root, 'bench', 'search', 'probe-entry.ts')],
    outfile: join(dir, 'probe.js'),
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'error',
  });
}
