import { readFile } from 'node:fs/promises';
import type { Graph } from '~/lib/graph/graph.schema';
import { parseExportsOrThrow } from '~/lib/graph/parse-export';
import { type DerivedGraphData, deriveGraphData, hashExportText } from '~/lib/graph-derive/derived-data';
import { siteConfig } from '~/site.config';

/** The graph the site is built from, with its build-time metrics and layouts. */
export interface SiteGraph {
  graph: Graph;
  derived: DerivedGraphData;
  /** The export files it was read from, as configured. */
  files: readonly string[];
}

let loading: Promise<SiteGraph> | undefined;

/** Reads and checks the configured exports once per build; a bad line fails the build with `file:line`. */
export function loadSiteGraph(files: readonly string[] = siteConfig.graphExports): Promise<SiteGraph> {
  if (files === siteConfig.graphExports) return (loading ??= readSiteGraph(files));
  return readSiteGraph(files);
}

async function readSiteGraph(files: readonly string[]): Promise<SiteGraph> {
  const exports = await Promise.all(
    files.map(async (file) => {
      const text = await readFile(file, 'utf8').catch((error: unknown) => {
        throw new Error(
          `${file}: cannot read the graph export (${String(error)}). Check siteConfig.graphExports or GRAPH_EXPORTS.`,
        );
      });
      return { file, text };
    }),
  );
  const graph = parseExportsOrThrow(exports);
  const derived = await deriveGraphData(graph, hashExportText(exports.map((e) => e.text)));
  return { graph, derived, files };
}
