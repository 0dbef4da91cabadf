import type { BrowserGraph } from './browser-graph';

/**
 * The JSON text of graph-data.json. The fold pairs are written as \u escapes so that the zh-Hans
 * conversion of the response (src/middleware.ts) cannot turn their Traditional keys into
 * Simplified ones; every other string is converted with the page, as it should be.
 */
export function serializeBrowserGraph(graph: BrowserGraph): string {
  const { fold, ...rest } = graph;
  const head = JSON.stringify(rest);
  return `${head.slice(0, -1)},"fold":[${fold.map(escapeAll).join(',')}]}`;
}

function escapeAll(text: string): string {
  let out = '"';
  for (let i = 0; i < text.length; i++) out += `\\u${text.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return `${out}"`;
}
