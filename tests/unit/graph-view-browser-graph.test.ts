import { describe, expect, it } from 'vitest';
import { FIVE_CHAIN_KEYS, NODE_LABELS, RELATIONSHIP_TYPES } from '~/lib/graph/dictionary';
import { htmlToHans, toHans } from '~/lib/i18n/to-hans';
import { parseBrowserGraph } from '~/lib/graph-view/parse-browser-graph';
import { serializeBrowserGraph } from '~/lib/graph-view/serialize-browser-graph';
import { toBrowserGraph } from '~/lib/graph-view/to-browser-graph';
import { loadSiteGraph } from '~/lib/site-graph/load-site-graph';

const foldChar = (char: string) => toHans(char).toLowerCase();
const site = await loadSiteGraph(['graph/framework.jsonl']);
const zh = toBrowserGraph(site.graph, site.derived, 'zh-Hant', foldChar);
const en = toBrowserGraph(site.graph, site.derived, 'en', foldChar);

describe('the browser graph built from the committed export', () => {
  it('holds every node and relationship, each node with its full-layout position', () => {
    expect(zh.nodes).toHaveLength(site.graph.nodes.length);
    expect(zh.edges).toHaveLength(site.graph.relationships.length);
    for (const node of zh.nodes) expect(site.derived.layouts.full[node.id]).toEqual({ x: node.x, y: node.y });
  });

  it('names nodes in the page language and keeps the other language for search', () => {
    const zhChain = zh.nodes.find((n) => n.id === 'chain-perception')!;
    const enChain = en.nodes.find((n) => n.id === 'chain-perception')!;
    expect(zhChain).toMatchObject({ name: '感知鏈', type: 'Chain', section: expect.stringMatching(/^三/) });
    expect(enChain.name).toBe(zhChain.alt);
    expect(enChain.alt).toBe('感知鏈');
  });

  it('names every type in both languages and gives each relationship type a phrase with its end marked', () => {
    expect(zh.nodeTypes.map((t) => t.id)).toEqual(
      Object.keys(NODE_LABELS).filter((label) => zh.nodes.some((n) => n.type === label)),
    );
    for (const graph of [zh, en]) {
      for (const type of graph.nodeTypes) expect(type.name).not.toBe('');
      for (const type of graph.edgeTypes) expect(type.phrase).toContain('…');
    }
    expect(zh.edgeTypes.find((t) => t.id === 'PART_OF')).toMatchObject({ phrase: '是…的一部分' });
    expect(en.edgeTypes.find((t) => t.id === 'PART_OF')).toMatchObject({ phrase: 'is part of …' });
    expect(Object.keys(RELATIONSHIP_TYPES)).toEqual(expect.arrayContaining(zh.edgeTypes.map((t) => t.id)));
  });

  it('gives the Figure 1 nodes their figure position and column, and labels the columns', () => {
    const figured = zh.nodes.filter((n) => n.fig);
    expect(figured.length).toBe(Object.keys(site.derived.layouts.figure1).length);
    expect(new Set(figured.map((n) => n.fig!.column))).toEqual(
      new Set(['core', 'theoretical_logic', 'real_problems', 'practical_paths']),
    );
    expect(zh.columns.map((c) => c.id).sort()).toEqual(['practical_paths', 'real_problems', 'theoretical_logic']);
    expect(en.columns.find((c) => c.id === 'real_problems')?.name).toMatch(/Real problems/);
  });

  it('lays the five chains out left to right in PRECEDES order, technologies below and outputs above', () => {
    const chains = FIVE_CHAIN_KEYS.map((key) => zh.nodes.find((n) => n.id === key)!.flow!);
    for (let i = 1; i < chains.length; i++) expect(chains[i]!.x).toBeGreaterThan(chains[i - 1]!.x);
    expect(zh.nodes.find((n) => n.id === 'tech-iot')!.flow!.y).toBeGreaterThan(0);
    expect(zh.nodes.find((n) => n.id === 'th-data-pool')!.flow!.y).toBeLessThan(0);
  });

  it('lists the Traditional characters of the names with their Simplified forms', () => {
    expect(zh.fold).toContain('鏈链');
    expect(zh.fold.every((pair) => [...pair].length === 2)).toBe(true);
  });
});

describe('graph-data.json', () => {
  it('reads back to the same graph', () => {
    expect(parseBrowserGraph(JSON.parse(serializeBrowserGraph(zh)))).toEqual(zh);
  });

  it('keeps its fold pairs Traditional through the zh-Hans conversion while the names become Simplified', () => {
    const converted = parseBrowserGraph(JSON.parse(htmlToHans(serializeBrowserGraph(zh))));
    expect(converted.fold).toEqual(zh.fold);
    expect(converted.nodes.find((n) => n.id === 'chain-perception')?.name).toBe('感知链');
  });

  it('stays small enough to load on a phone', () => {
    expect(serializeBrowserGraph(zh).length).toBeLessThan(400_000);
  });
});
