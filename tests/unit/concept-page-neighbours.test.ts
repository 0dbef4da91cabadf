import { describe, expect, it } from 'vitest';
import type { Graph } from '~/lib/graph/graph.schema';
import { indexGraph } from '~/lib/concept-page/graph-index';
import { distinctNeighbours, groupNeighbours } from '~/lib/concept-page/neighbours';
import { relationshipHeading } from '~/lib/concept-page/relationship-headings';

const origin = { file: 'test.jsonl', line: 0 };
const node = (id: string, properties: Record<string, string | number> = {}, labels = ['Concept']) => ({
  id,
  labels,
  properties,
  origin,
});
const rel = (start: string, type: string, end: string, properties: Record<string, string> = {}) => ({
  id: `${start}|${type}|${end}`,
  type,
  start,
  end,
  properties,
  origin,
});

const graph: Graph = {
  nodes: [
    node('hub'),
    node('whole'),
    node('part-b', { order: 2 }),
    node('part-a', { order: 1 }),
    node('part-c'),
    node('tool', {}, ['Technology']),
    node('other', {}, ['Thing']),
  ],
  relationships: [
    rel('part-c', 'PART_OF', 'hub'),
    rel('hub', 'USES', 'tool', { basis: 'interpretive', section: '三(四)' }),
    rel('part-b', 'PART_OF', 'hub'),
    rel('hub', 'PART_OF', 'whole', { basis: 'explicit' }),
    rel('part-a', 'PART_OF', 'hub'),
    rel('hub', 'RELATED_TO', 'other'),
    rel('hub', 'ENABLES', 'hub'),
    rel('whole', 'CONTRASTS_WITH', 'hub', { basis: 'made-up' }),
  ],
};

describe('neighbour grouping', () => {
  const groups = groupNeighbours(indexGraph(graph), 'hub');

  it('groups by relationship type and direction, our types in dictionary order with outgoing first, others last', () => {
    expect(groups.map((g) => `${g.type}:${g.direction}`)).toEqual([
      'PART_OF:out',
      'PART_OF:in',
      'ENABLES:out',
      'USES:out',
      'CONTRASTS_WITH:in',
      'RELATED_TO:out',
    ]);
  });

  it('orders the neighbours of a group by their order property, nodes without one last', () => {
    const parts = groups.find((g) => g.type === 'PART_OF' && g.direction === 'in');
    expect(parts?.links.map((link) => link.node.id)).toEqual(['part-a', 'part-b', 'part-c']);
  });

  it('reads each relationship basis and ignores a value that is neither explicit nor interpretive', () => {
    const basis = (type: string) => groups.find((g) => g.type === type)?.links[0]?.basis;
    expect(basis('PART_OF')).toBe('explicit');
    expect(basis('USES')).toBe('interpretive');
    expect(basis('CONTRASTS_WITH')).toBeUndefined();
  });

  it('counts a self-loop once, as outgoing', () => {
    expect(groups.filter((g) => g.type === 'ENABLES')).toHaveLength(1);
    expect(groups.find((g) => g.type === 'ENABLES')?.links).toHaveLength(1);
  });

  it('lists each distinct neighbour once for the local graph, without the node itself', () => {
    expect(distinctNeighbours(groups, 'hub').map((n) => n.id)).toEqual([
      'whole',
      'part-a',
      'part-b',
      'part-c',
      'tool',
      'other',
    ]);
  });

  it('gives a node without relationships no groups', () => {
    expect(groupNeighbours(indexGraph({ nodes: [node('alone')], relationships: [] }), 'alone')).toEqual([]);
  });
});

describe('neighbour group headings', () => {
  it('reads PART_OF from the part as "part of" and from the whole as "parts", in each language', () => {
    expect(relationshipHeading('zh-Hant', 'PART_OF', 'out')).toBe('是…的一部分');
    expect(relationshipHeading('zh-Hant', 'PART_OF', 'in')).toBe('組成部分');
    expect(relationshipHeading('zh-Hans', 'PART_OF', 'in')).toBe('組成部分');
    expect(relationshipHeading('en', 'PART_OF', 'out')).toBe('Part of');
    expect(relationshipHeading('en', 'PART_OF', 'in')).toBe('Parts');
  });

  it('shows another export’s relationship type as written, with an arrow for its direction', () => {
    expect(relationshipHeading('en', 'KNOWS', 'out')).toBe('KNOWS →');
    expect(relationshipHeading('zh-Hant', 'KNOWS', 'in')).toBe('← KNOWS');
  });
});
