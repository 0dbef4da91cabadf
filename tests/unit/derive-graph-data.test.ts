import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveGraphData, hashExportText } from '~/lib/graph-derive/derived-data';
import type { GraphShape } from '~/lib/graph-derive/graph-shape';
import { layoutFigure1 } from '~/lib/graph-derive/layout-figure1';
import { layoutFullGraph } from '~/lib/graph-derive/layout-full';
import { computeMetrics } from '~/lib/graph-derive/metrics';

function pathGraph(ids: string[]): GraphShape {
  return {
    nodes: ids.map((id) => ({ id, labels: ['Concept'], properties: {} })),
    relationships: ids
      .slice(1)
      .map((id, i) => ({ id: `r${i}`, type: 'PRECEDES', start: ids[i]!, end: id, properties: {} })),
  };
}

describe('graph metrics', () => {
  it('counts degree in both directions and gives the middle of a path the highest betweenness', () => {
    const metrics = computeMetrics(pathGraph(['a', 'b', 'c', 'd', 'e']));
    expect(metrics.get('a')).toMatchObject({ degree: 1, inDegree: 0, outDegree: 1, betweenness: 0 });
    expect(metrics.get('c')?.betweenness).toBe(Math.max(...[...metrics.values()].map((m) => m.betweenness)));
  });

  it('gives each node its normalised share of the shortest paths between other nodes, split where paths tie', () => {
    // On a path a–b–c–d–e, c lies on the paths of 4 of the 6 pairs without c, b on 3 of them.
    const path = computeMetrics(pathGraph(['a', 'b', 'c', 'd', 'e']));
    expect([...path.values()].map((m) => m.betweenness)).toEqual([0, 0.5, 0.666667, 0.5, 0]);
    // On a square a–b–c–d–a, a and c are joined by two shortest paths: b and d each get half of that pair.
    const square: GraphShape = {
      nodes: ['a', 'b', 'c', 'd'].map((id) => ({ id, labels: [], properties: {} })),
      relationships: [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'd'],
        ['d', 'a'],
      ].map(([start, end], i) => ({ id: `r${i}`, type: 'T', start: start!, end: end!, properties: {} })),
    };
    expect([...computeMetrics(square).values()].map((m) => m.betweenness)).toEqual([
      0.166667, 0.166667, 0.166667, 0.166667,
    ]);
  });

  it('puts two cliques joined by one edge into two communities, the same on every run', () => {
    const ids = ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3', 'b4'];
    const pairs = (group: string[]) => group.flatMap((x, i) => group.slice(i + 1).map((y) => [x, y] as const));
    const edges = [...pairs(ids.slice(0, 4)), ...pairs(ids.slice(4)), ['a1', 'b1'] as const];
    const graph: GraphShape = {
      nodes: ids.map((id) => ({ id, labels: [], properties: {} })),
      relationships: edges.map(([start, end], i) => ({ id: `r${i}`, type: 'T', start, end, properties: {} })),
    };
    const first = computeMetrics(graph);
    expect(first.get('a2')?.community).toBe(first.get('a3')?.community);
    expect(first.get('a2')?.community).not.toBe(first.get('b2')?.community);
    expect(computeMetrics(graph)).toEqual(first);
  });
});

describe('build-time layout', () => {
  it('places every node, inside the extent, identically on every run', () => {
    const graph = pathGraph(Array.from({ length: 30 }, (_, i) => `n${i}`));
    const first = layoutFullGraph(graph, 100);
    expect(Object.keys(first).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    for (const { x, y } of Object.values(first)) {
      expect(Math.abs(x)).toBeLessThanOrEqual(1000);
      expect(Math.abs(y)).toBeLessThanOrEqual(1000);
    }
    expect(layoutFullGraph(graph, 100)).toEqual(first);
  });

  it('lays out Figure 1 by the column of each SHOWS relationship and the order of each node', () => {
    const node = (id: string, order?: number) => ({ id, labels: ['X'], properties: order ? { order } : {} });
    const shows = (end: string, column: string) => ({
      id: `f-${end}`,
      type: 'SHOWS',
      start: 'figure-1',
      end,
      properties: { column },
    });
    const graph: GraphShape = {
      nodes: [node('figure-1'), node('core-a'), node('core-b'), node('dim-2', 2), node('dim-1', 1), node('path-1', 1)],
      relationships: [
        shows('core-a', 'core'),
        shows('core-b', 'core'),
        shows('dim-2', 'theoretical_logic'),
        shows('dim-1', 'theoretical_logic'),
        shows('path-1', 'practical_paths'),
      ],
    };
    const p = layoutFigure1(graph);
    expect(p['core-a']!.x).toBeLessThan(p['dim-1']!.x);
    expect(p['dim-1']!.x).toBeLessThan(p['path-1']!.x);
    expect(p['path-1']!.x).toBeLessThan(p['core-b']!.x);
    expect(p['dim-1']!.y).toBeLessThan(p['dim-2']!.y);
    expect(p['figure-1']).toBeUndefined();
  });
});

describe('derived data cache', () => {
  it('reuses the result stored under the same content hash instead of computing again', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'derive-'));
    const hash = hashExportText(['same text']);
    const first = await deriveGraphData(pathGraph(['a', 'b']), hash, dir);
    const second = await deriveGraphData(pathGraph(['x', 'y', 'z']), hash, dir);
    expect(second).toEqual(first);
    expect(hashExportText(['other text'])).not.toBe(hash);
  });
});
