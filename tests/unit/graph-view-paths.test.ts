import { describe, expect, it } from 'vitest';
import { indexGraph } from '~/lib/graph-view/graph-index';
import { pathSentence, type SentenceWords } from '~/lib/graph-view/path-sentence';
import { deriveScene, pathRules } from '~/lib/graph-view/scene';
import { kShortestPaths, shortestPath } from '~/lib/graph-view/shortest-paths';
import { viewBase } from '~/lib/graph-view/view-base';
import { INITIAL_STATE } from '~/lib/graph-view/view-state';
import { makeGraph } from '../fixtures/graph-view/make-graph';

const en: SentenceWords = { open: '“', close: '”', join: '; ', end: '.', space: ' ' };
const zh: SentenceWords = { open: '「', close: '」', join: '；', end: '。', space: '' };

// a → b → d, a → c → d, a → e → f → d, and g alone.
const diamond = indexGraph(
  makeGraph(
    [
      ['a', 'Concept'],
      ['b', 'Concept'],
      ['c', 'Source'],
      ['d', 'Concept'],
      ['e', 'Concept'],
      ['f', 'Concept'],
      ['g', 'Concept'],
    ],
    [
      ['a', 'ENABLES', 'b'],
      ['d', 'PART_OF', 'b'],
      ['a', 'CITES', 'c'],
      ['d', 'CITES', 'c'],
      ['a', 'USES', 'e'],
      ['e', 'USES', 'f'],
      ['f', 'USES', 'd'],
    ],
  ),
);

describe('shortest paths', () => {
  it('finds a shortest path whatever the direction of the relationships', () => {
    expect(shortestPath(diamond, 'a', 'd')).toEqual({ nodes: ['a', 'b', 'd'], edges: ['a|ENABLES|b', 'd|PART_OF|b'] });
  });

  it('offers alternatives up to k, shortest first, each loop-free and different', () => {
    const paths = kShortestPaths(diamond, 'a', 'd', 3);
    expect(paths.map((p) => p.nodes)).toEqual([
      ['a', 'b', 'd'],
      ['a', 'c', 'd'],
      ['a', 'e', 'f', 'd'],
    ]);
    for (const path of paths) expect(new Set(path.nodes).size).toBe(path.nodes.length);
  });

  it('answers "no connection" with no path at all', () => {
    expect(kShortestPaths(diamond, 'a', 'g', 3)).toEqual([]);
  });

  it('leaves out the relationship and node types unchecked in the legend', () => {
    const rules = pathRules(diamond, { ...INITIAL_STATE, hiddenNodeTypes: ['Source'], hiddenEdgeTypes: ['ENABLES'] });
    expect(kShortestPaths(diamond, 'a', 'd', 3, rules).map((p) => p.nodes)).toEqual([['a', 'e', 'f', 'd']]);
  });

  it('highlights the chosen alternative and places its nodes when the focus view lacks them', () => {
    const state = { ...INITIAL_STATE, focus: 'g', from: 'a', to: 'd', alt: 2 };
    const scene = deriveScene(diamond, viewBase(diamond, 'full'), state);
    expect(scene.paths).toHaveLength(3);
    expect(scene.path?.nodes).toEqual(['a', 'e', 'f', 'd']);
    expect(
      scene.nodes
        .filter((n) => n.onPath)
        .map((n) => n.node.id)
        .sort(),
    ).toEqual(['a', 'd', 'e', 'f']);
    expect(scene.edges.filter((e) => e.onPath)).toHaveLength(3);
  });
});

describe('the path sentence', () => {
  it('writes each relationship in its true direction with its English phrase', () => {
    const path = shortestPath(diamond, 'a', 'd')!;
    expect(pathSentence(diamond, path, en)).toBe('“a” enables “b”; “d” is part of “b”.');
  });

  it('writes Chinese phrases around the end node', () => {
    const index = indexGraph(
      makeGraph(
        [
          ['感知鏈', 'Chain'],
          ['五條鏈', 'Concept'],
        ],
        [['感知鏈', 'PART_OF', '五條鏈']],
        'zh-Hant',
      ),
    );
    expect(pathSentence(index, shortestPath(index, '五條鏈', '感知鏈')!, zh)).toBe('「感知鏈」是「五條鏈」的一部分。');
  });

  it('falls back to the raw type name for a type that is not ours', () => {
    const index = indexGraph(
      makeGraph(
        [
          ['ann', 'Person'],
          ['bob', 'Person'],
        ],
        [['ann', 'KNOWS', 'bob']],
      ),
    );
    expect(pathSentence(index, shortestPath(index, 'ann', 'bob')!, en)).toBe('“ann” KNOWS “bob”.');
  });
});
