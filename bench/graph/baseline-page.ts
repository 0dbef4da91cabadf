import { writeBundledPage } from '../lib/bundled-page';

const HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Graph baseline: fcose at load</title>
    <style>html,body{margin:0;height:100%}#cy{position:absolute;inset:0}#status{position:absolute;left:0;bottom:0}</style>
  </head>
  <body>
    <main>
      <h1 id="status" aria-live="polite">Graph baseline</h1>
      <div id="cy"></div>
    </main>
    <script type="module" src="./baseline.js"></script>
  </body>
</html>
`;

/**
 * Writes the graph baseline page into `dir`: index.html and baseline.js, a bundle of Cytoscape,
 * cytoscape-fcose and the explorer's style (bench/graph/baseline-entry.ts).
 */
export async function writeBaselinePage(root: string, dir: string): Promise<void> {
  await writeBundledPage(root, dir, { html: HTML, entry: 'bench/graph/baseline-entry.ts', script: 'baseline.js' });
}
