import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { GraphShape } from './graph-shape';
import { mulberry32, seedFromString } from '~/lib/random/seeded-random';

export type Positions = Record<string, { x: number; y: number }>;

/** Side of the square the positions are scaled into, in Cytoscape model units. */
const EXTENT = 2000;

/**
 * Positions for the whole graph, computed once at build time (ForceAtlas2 from seeded starting
 * points), so the browser draws them with Cytoscape's `preset` layout and runs no global layout.
 */
export function layoutFullGraph(graph: GraphShape, iterations = 400): Positions {
  const g = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const node of graph.nodes) {
    const random = mulberry32(seedFromString(node.id));
    g.addNode(node.id, { x: random() * 100, y: random() * 100 });
  }
  for (const rel of graph.relationships) {
    if (rel.start !== rel.end && !g.hasEdge(rel.start, rel.end)) g.addEdge(rel.start, rel.end);
  }
  if (g.order > 1) {
    const settings = {
      ...forceAtlas2.inferSettings(g),
      barnesHutOptimize: g.order > 500,
      gravity: 1,
      scalingRatio: 10,
    };
    forceAtlas2.assign(g, { iterations, settings });
  }
  const positions: Positions = {};
  g.forEachNode((id, attributes) => {
    positions[id] = { x: attributes['x'] as number, y: attributes['y'] as number };
  });
  return scaleToExtent(positions, EXTENT);
}

/** Scales positions to fit a square of side `extent` centred on 0, rounded to 0.1 for stable output. */
export function scaleToExtent(positions: Positions, extent: number): Positions {
  const values = Object.values(positions);
  if (values.length === 0) return positions;
  const xs = values.map((p) => p.x);
  const ys = values.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const span = Math.max(maxX - minX, maxY - minY) || 1;
  const scaled: Positions = {};
  for (const [id, p] of Object.entries(positions)) {
    scaled[id] = {
      x: Math.round(((p.x - (minX + maxX) / 2) / span) * extent * 10) / 10,
      y: Math.round(((p.y - (minY + maxY) / 2) / span) * extent * 10) / 10,
    };
  }
  return scaled;
}
