import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { parseExport } from '~/lib/graph/parse-export';
import { deriveGraphData, hashExportText } from '~/lib/graph-derive/derived-data';
import { sceneElements } from '~/lib/graph-view/cy-elements';
import { cytoscapeStyle } from '~/lib/graph-view/cy-style';
import { indexGraph } from '~/lib/graph-view/graph-index';
import { NEIGHBOURS_PER_TYPE } from '~/lib/graph-view/neighbourhood';
import { parseBrowserGraph } from '~/lib/graph-view/parse-browser-graph';
import { deriveScene } from '~/lib/graph-view/scene';
import { serializeBrowserGraph } from '~/lib/graph-view/serialize-browser-graph';
import { syntheticExport } from '~/lib/graph-view/synthetic-export';
import { toBrowserGraph } from '~/lib/graph-view/to-browser-graph';
import { viewBase } from '~/lib/graph-view/view-base';
import { INITIAL_STATE } from '~/lib/graph-view/view-state';

describe('synthetic exports', () => {
  it('are the same for the same options and differ for another seed', () => {
    expect(syntheticExport({ nodes: 50 })).toBe(syntheticExport({ nodes: 50 }));
    expect(syntheticExport({ nodes: 50, seed: 2 })).not.toBe(syntheticExport({ nodes: 50 }));
  });

  it('parse without a single problem in both styles, with hubs', () => {
    for (const style of ['ours', 'researcher'] as const) {
      const { graph, problems } = parseExport(syntheticExport({ nodes: 300, style }), 'synthetic.jsonl');
      expect(problems).toEqual([]);
      expect(graph.nodes).toHaveLength(300);
      const degree = new Map<string, number>();
      for (const rel of graph.relationships)
        for (const id of [rel.start, rel.end]) degree.set(id, (degree.get(id) ?? 0) + 1);
      expect(Math.max(...degree.values())).toBeGreaterThan(20);
    }
  });
});

describe('a 2,000-node export through the explorer pipeline', () => {
  it(
    'builds the browser graph, caps every expansion and loads into headless Cytoscape',
    { timeout: 120_000 },
    async () => {
      const text = syntheticExport({ nodes: 2000, style: 'researcher' });
      const { graph, problems } = parseExport(text, 'synthetic-2000.jsonl');
      expect(problems).toEqual([]);
      const derived = await deriveGraphData(
        graph,
        hashExportText([text]),
        await mkdtemp(join(tmpdir(), 'graph-view-')),
      );
      const data = parseBrowserGraph(JSON.parse(serializeBrowserGraph(toBrowserGraph(graph, derived, 'en', (c) => c))));
      expect(data.nodes).toHaveLength(2000);
      expect(data.edges).toHaveLength(graph.relationships.length);

      const index = indexGraph(data);
      const full = deriveScene(index, viewBase(index, 'full'), INITIAL_STATE);
      expect(full.nodes).toHaveLength(2000);

      const hub = [...data.nodes].sort((a, b) => b.degree - a.degree)[0]!;
      const around = deriveScene(index, viewBase(index, 'full'), { ...INITIAL_STATE, focus: hub.id });
      expect(around.nodes.length).toBeLessThanOrEqual(1 + NEIGHBOURS_PER_TYPE * data.nodeTypes.length);
      expect(around.more[0]?.count).toBeGreaterThan(0);

      const cy = cytoscape({
        headless: true,
        elements: sceneElements(full, index, String),
        style: cytoscapeStyle(data.nodeTypes, data.edgeTypes, { large: true, curated: false, wrapAnywhere: false }),
      });
      expect(cy.nodes()).toHaveLength(2000);
      expect(cy.edges()).toHaveLength(data.edges.length);
    },
  );
});
