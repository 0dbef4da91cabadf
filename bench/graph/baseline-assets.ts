import { join } from 'node:path';

/** The browser builds (UMD) the graph baseline page loads, in load order: Cytoscape, then fcose and its two bases. */
export function baselineScripts(root: string): { name: string; file: string }[] {
  const modules = join(root, 'node_modules');
  return [
    { name: 'cytoscape.min.js', file: join(modules, 'cytoscape', 'dist', 'cytoscape.min.js') },
    { name: 'layout-base.js', file: join(modules, 'layout-base', 'layout-base.js') },
    { name: 'cose-base.js', file: join(modules, 'cose-base', 'cose-base.js') },
    { name: 'cytoscape-fcose.js', file: join(modules, 'cytoscape-fcose', 'cytoscape-fcose.js') },
  ];
}
