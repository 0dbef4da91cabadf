/**
 * Site settings an operator may change. `graphExports` names the APOC JSON-lines files the site is
 * built from; a researcher can point it at an export of their own graph (set GRAPH_EXPORTS to a
 * comma-separated list of paths, relative to the project root, or edit the default here).
 */
export const siteConfig = {
  graphExports: (process.env['GRAPH_EXPORTS'] ?? 'graph/framework.jsonl')
    .split(',')
    .map((path) => path.trim())
    .filter((path) => path !== ''),
};
