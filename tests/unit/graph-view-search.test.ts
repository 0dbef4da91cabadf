import { describe, expect, it } from 'vitest';
import { toHans } from '~/lib/i18n/to-hans';
import { indexGraph } from '~/lib/graph-view/graph-index';
import { foldPairs, makeFolder } from '~/lib/graph-view/search-fold';
import { makeNodeSearch } from '~/lib/graph-view/search-nodes';
import { makeGraph } from '../fixtures/graph-view/make-graph';

const graph = makeGraph(
  [
    ['chain-perception', 'Chain', { name: '感知鏈', alt: 'Perception chain', degree: 9 }],
    ['th-front-end-perception', 'Concept', { name: '前端感知', alt: 'Front-end perception', degree: 2 }],
    ['tech-ai', 'Technology', { name: '人工智慧', alt: 'Artificial intelligence (AI)', degree: 4 }],
  ],
  [],
  'zh-Hant',
);
graph.fold = foldPairs(
  graph.nodes.flatMap((n) => [n.name, n.alt ?? '']),
  (char) => toHans(char).toLowerCase(),
);
const search = makeNodeSearch(indexGraph(graph), makeFolder(graph.fold));
const found = (query: string) => search(query).map((node) => node.id);

describe('node search', () => {
  it('finds a Traditional name from a Simplified query', () => {
    expect(found('感知链')).toEqual(['chain-perception']);
    expect(found('人工智能')).toEqual([]);
    expect(found('人工智')).toEqual(['tech-ai']);
  });

  it('finds a Traditional name from a Traditional query, and names in the other language', () => {
    expect(found('感知鏈')).toEqual(['chain-perception']);
    expect(found('PERCEPTION')).toEqual(['chain-perception', 'th-front-end-perception']);
  });

  it('ranks an exact or prefix match above a match inside the name', () => {
    expect(found('感知')).toEqual(['chain-perception', 'th-front-end-perception']);
    expect(found('前端')).toEqual(['th-front-end-perception']);
  });

  it('folds full-width letters and finds nothing for an empty query', () => {
    expect(found('ＡＩ')).toEqual(['tech-ai']);
    expect(found('   ')).toEqual([]);
  });
});
