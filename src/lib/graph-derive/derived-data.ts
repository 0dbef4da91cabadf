import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GraphShape } from './graph-shape';
import { layoutFigure1 } from './layout-figure1';
import { layoutFullGraph, type Positions } from './layout-full';
import { computeMetrics, type NodeMetrics } from './metrics';

/** Bump when an algorithm or its settings change, so cached results are recomputed. */
const DERIVE_VERSION = 'derive-1';

/** Everything computed from an export at build time. */
export interface DerivedGraphData {
  /** sha256 of the export text and DERIVE_VERSION: the cache key. */
  contentHash: string;
  metrics: Record<string, NodeMetrics>;
  layouts: { full: Positions; figure1: Positions };
}

/** The content hash of the export files' text, in the order given. */
export function hashExportText(texts: readonly string[]): string {
  const hash = createHash('sha256').update(DERIVE_VERSION);
  for (const text of texts) hash.update('\0').update(text);
  return hash.digest('hex');
}

/** Computes metrics and layouts, or reads them from `cacheDir` when the same content was seen before. */
export async function deriveGraphData(
  graph: GraphShape,
  contentHash: string,
  cacheDir = '.cache/graph-derived',
): Promise<DerivedGraphData> {
  const file = join(cacheDir, `${contentHash}.json`);
  const cached = await readFile(file, 'utf8').catch(() => undefined);
  if (cached) return JSON.parse(cached) as DerivedGraphData;
  const data: DerivedGraphData = {
    contentHash,
    metrics: Object.fromEntries(computeMetrics(graph)),
    layouts: { full: layoutFullGraph(graph), figure1: layoutFigure1(graph) },
  };
  await mkdir(cacheDir, { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(data));
  await rename(temporary, file);
  return data;
}
