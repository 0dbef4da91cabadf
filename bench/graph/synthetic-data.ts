import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseExport } from '~/lib/graph/parse-export';
import { deriveGraphData, hashExportText } from '~/lib/graph-derive/derived-data';
import { toHans } from '~/lib/i18n/to-hans';
import { serializeBrowserGraph } from '~/lib/graph-view/serialize-browser-graph';
import { syntheticExport } from '~/lib/graph-view/synthetic-export';
import { toBrowserGraph } from '~/lib/graph-view/to-browser-graph';

/** A generated graph-data.json and what making it cost at build time. */
export interface SyntheticGraphFile {
  file: string;
  nodes: number;
  edges: number;
  /** Seconds the build-time derivation (metrics and layouts) took. */
  deriveSeconds: number;
}

/**
 * Writes the zh-Hant graph-data.json of a synthetic export of `nodes` nodes, made through the
 * site's own pipeline (parse, derive metrics and build-time layout, convert for the browser).
 */
export async function writeSyntheticGraphData(nodes: number, dir: string): Promise<SyntheticGraphFile> {
  const text = syntheticExport({ nodes, style: 'ours' });
  const { graph, problems } = parseExport(text, `synthetic-${nodes}.jsonl`);
  if (problems.length > 0) throw new Error(`the synthetic export of ${nodes} nodes has ${problems.length} problems`);
  // A cold cache, so the derivation time is what a fresh build pays.
  await rm(join(dir, 'cache'), { recursive: true, force: true });
  const started = performance.now();
  const derived = await deriveGraphData(graph, hashExportText([text]), join(dir, 'cache'));
  const deriveSeconds = (performance.now() - started) / 1000;
  const browserGraph = toBrowserGraph(graph, derived, 'zh-Hant', (char) => toHans(char).toLowerCase());
  const file = join(dir, `graph-data-${nodes}.json`);
  await writeFile(file, serializeBrowserGraph(browserGraph));
  return { file, nodes: browserGraph.nodes.length, edges: browserGraph.edges.length, deriveSeconds };
}
