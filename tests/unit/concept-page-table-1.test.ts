import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Graph } from '~/lib/graph/graph.schema';
import { parseExportsOrThrow } from '~/lib/graph/parse-export';
import { chainSteps } from '~/lib/concept-page/five-chains';
import { indexGraph } from '~/lib/concept-page/graph-index';
import { extractTable1 } from '~/lib/concept-page/table-1';

const file = 'graph/framework.jsonl';
const framework = indexGraph(parseExportsOrThrow([{ file, text: readFileSync(file, 'utf8') }]));
const ids = (nodes: readonly { id: string }[] | undefined) => (nodes ?? []).map((node) => node.id);

describe('Table 1 from the framework graph', () => {
  const table = extractTable1(framework)!;

  it('has the five dimensions as rows, in order, and the driving element and key content columns', () => {
    expect(table.columns).toEqual(['driving_element', 'key_content']);
    expect(table.rows.map((row) => row.dimension?.id)).toEqual([
      'dim-value-concept',
      'dim-change-orientation',
      'dim-mode-innovation',
      'dim-tool-innovation',
      'dim-efficacy',
    ]);
  });

  it('fills each cell from the SHOWS relationships that carry its row and column', () => {
    const [first, , third, , fifth] = table.rows;
    expect(ids(first?.cells.get('driving_element'))).toEqual(['t1-people-centred']);
    expect(ids(first?.cells.get('key_content')).sort()).toEqual(['t1-for-and-by-the-people', 't1-people-supreme']);
    expect(ids(third?.cells.get('key_content'))).toHaveLength(3);
    expect(ids(fifth?.cells.get('driving_element'))).toEqual(['resilient-governance']);
    for (const row of table.rows)
      for (const column of table.columns) expect(row.cells.get(column)?.length).toBeGreaterThan(0);
  });
});

describe('Table 1 from other graphs', () => {
  const origin = { file: 'test.jsonl', line: 0 };
  const node = (id: string, labels: string[], properties: Record<string, string | number> = {}) => ({
    id,
    labels,
    properties,
    origin,
  });
  const shows = (end: string, row: number | string, column: string) => ({
    id: `table-1|SHOWS|${end}`,
    type: 'SHOWS',
    start: 'table-1',
    end,
    properties: { row, column },
    origin,
  });

  it('is absent from a graph without a table-1 node or without cells', () => {
    expect(extractTable1(indexGraph({ nodes: [], relationships: [] }))).toBeUndefined();
    expect(extractTable1(indexGraph({ nodes: [node('table-1', ['Table'])], relationships: [] }))).toBeUndefined();
  });

  it('numbers rows that no Dimension names, and keeps unknown columns after ours', () => {
    const graph: Graph = {
      nodes: [node('table-1', ['Table']), node('x', ['Thing']), node('y', ['Thing']), node('z', ['Thing'])],
      relationships: [shows('x', 2, 'notes'), shows('y', '1', 'key_content'), shows('z', 2, 'key_content')],
    };
    const table = extractTable1(indexGraph(graph))!;
    expect(table.columns).toEqual(['key_content', 'notes']);
    expect(
      table.rows.map((row) => [row.row, row.dimension, ids(row.cells.get('key_content')), ids(row.cells.get('notes'))]),
    ).toEqual([
      [1, undefined, ['y'], []],
      [2, undefined, ['z'], ['x']],
    ]);
  });
});

describe('the five chains', () => {
  it('follow PRECEDES of the five-chains sequence from perception to disposal, with outputs and technologies', () => {
    const steps = chainSteps(framework);
    expect(steps.map((step) => step.chain.id)).toEqual([
      'chain-perception',
      'chain-assessment',
      'chain-contingency-plan',
      'chain-decision',
      'chain-disposal',
    ]);
    expect(ids(steps[0]?.outputs.map((link) => link.node))).toContain('th-data-pool');
    expect(ids(steps[0]?.technologies.map((link) => link.node))).toEqual(['tech-iot']);
  });

  it('are none in a graph without that sequence, and a cycle does not loop forever', () => {
    expect(chainSteps(indexGraph({ nodes: [], relationships: [] }))).toEqual([]);
    const origin = { file: 't', line: 0 };
    const cyclic: Graph = {
      nodes: ['a', 'b', 'c'].map((id) => ({ id, labels: ['Chain'], properties: {}, origin })),
      relationships: [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'b'],
      ].map(([start = '', end = '']) => ({
        id: `${start}${end}`,
        type: 'PRECEDES',
        start,
        end,
        properties: { sequence: 'five-chains' },
        origin,
      })),
    };
    expect(chainSteps(indexGraph(cyclic)).map((step) => step.chain.id)).toEqual(['a', 'b', 'c']);
  });
});
