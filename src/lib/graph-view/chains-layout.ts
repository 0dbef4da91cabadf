import type { GraphShape } from '~/lib/graph-derive/graph-shape';
import type { Point } from './browser-graph';

const CHAIN_GAP = 340;
const OUTPUT_TOP = -150;
const OUTPUT_GAP = 110;
const TECH_TOP = 150;
const TECH_GAP = 105;

/**
 * The chains in flow order: follow PRECEDES between Chain nodes from the one nothing precedes;
 * chains the walk misses follow by `order`, then id. Works on any export with a Chain label.
 */
export function chainOrder(graph: GraphShape, label = 'Chain'): string[] {
  const chains = graph.nodes.filter((node) => node.labels[0] === label);
  const ids = new Set(chains.map((node) => node.id));
  const next = new Map<string, string>();
  const hasPrevious = new Set<string>();
  for (const rel of graph.relationships) {
    if (rel.type !== 'PRECEDES' || !ids.has(rel.start) || !ids.has(rel.end) || next.has(rel.start)) continue;
    next.set(rel.start, rel.end);
    hasPrevious.add(rel.end);
  }
  const byOrder = [...chains].sort((a, b) => orderOf(a.properties) - orderOf(b.properties) || a.id.localeCompare(b.id));
  const ordered: string[] = [];
  for (const start of byOrder.filter((node) => !hasPrevious.has(node.id))) {
    for (let id: string | undefined = start.id; id !== undefined && !ordered.includes(id); id = next.get(id))
      ordered.push(id);
  }
  for (const node of byOrder) if (!ordered.includes(node.id)) ordered.push(node.id);
  return ordered;
}

function orderOf(properties: Readonly<Record<string, unknown>>): number {
  const order = properties['order'];
  return typeof order === 'number' ? order : Number.MAX_SAFE_INTEGER;
}

/**
 * Positions for the five-chains view: the chains left to right in flow order, each chain's
 * outputs (PRODUCES) stacked above it and its technologies (USES) below. A node shared by two
 * chains stays under the first; the edges show the rest.
 */
export function layoutChains(graph: GraphShape): Record<string, Point> {
  const order = chainOrder(graph);
  const positions: Record<string, Point> = {};
  const left = -((order.length - 1) * CHAIN_GAP) / 2;
  order.forEach((chain, i) => {
    const x = left + i * CHAIN_GAP;
    positions[chain] = { x, y: 0 };
    const targets = (type: string) =>
      graph.relationships
        .filter((rel) => rel.start === chain && rel.type === type && !(rel.end in positions))
        .map((rel) => rel.end);
    [...new Set(targets('PRODUCES'))].forEach((id, j) => (positions[id] = { x, y: OUTPUT_TOP - j * OUTPUT_GAP }));
    [...new Set(targets('USES'))].forEach((id, j) => (positions[id] = { x, y: TECH_TOP + j * TECH_GAP }));
  });
  return positions;
}
