import { writeBundledPage } from '../lib/bundled-page';

const HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><title>Search probe</title></head>
<body><main><h1>Search probe</h1></main><script type="module" src="./probe.js"></script></body></html>
`;

/** Writes the search probe page (index.html and a bundle of bench/search/probe-entry.ts) into `dir`. */
export async function writeSearchProbe(root: string, dir: string): Promise<void> {
  await writeBundledPage(root, dir, { html: HTML, entry: 'bench/search/probe-entry.ts', script: 'probe.js' });
}
