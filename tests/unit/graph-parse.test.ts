import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExport, parseExports } from '~/lib/graph';

const FIXTURE = 'tests/fixtures/graph/apoc-realistic.jsonl';
const fixture = () => parseExport(readFileSync(FIXTURE, 'utf8'), FIXTURE);

describe('parsing a realistic APOC export', () => {
  it('reads it without a single problem', () => {
    expect(fixture().problems).toEqual([]);
  });

  it('reads every node with its labels, properties and line, whatever the field order', () => {
    expect(fixture().graph.nodes).toEqual([
      {
        id: '0',
        labels: ['User'],
        properties: {
          born: '2015-07-04T19:32:24',
          name: 'Adam',
          place: { crs: 'wgs-84', latitude: 33.46789, longitude: 13.1, height: null },
          age: 42,
          male: true,
          kids: ['Sam', 'Anna', 'Grace'],
          id: 'u-adam',
        },
        origin: { file: FIXTURE, line: 1 },
      },
      {
        id: '1',
        labels: ['Person', 'User'],
        properties: {
          name: '陳小明',
          age: 42,
          motto: '安全第一 🚓👮',
          scores: [1.5, 2.25],
          flags: [true, false],
          nicknames: [],
        },
        origin: { file: FIXTURE, line: 2 },
      },
      { id: '2', labels: [], properties: {}, origin: { file: FIXTURE, line: 3 } },
      {
        id: '3',
        labels: ['Place'],
        properties: {
          loc: { crs: 'cartesian-3d', x: 1, y: 2.5, z: -3 },
          opened: '2024-01-17',
          open_for: 'P5M1DT12H',
          opens_at: '12:50:35.556+01:00',
          name: '臺北市',
        },
        origin: { file: FIXTURE, line: 4 },
      },
    ]);
  });

  it('reads relationships in their own id space, counting blank lines in line numbers', () => {
    expect(fixture().graph.relationships).toEqual([
      {
        id: '0',
        type: 'KNOWS',
        start: '0',
        end: '1',
        properties: { since: 1993, bffSince: 'P5M1DT12H' },
        origin: { file: FIXTURE, line: 6 },
      },
      { id: '1', type: 'LIVES_IN', start: '1', end: '3', properties: {}, origin: { file: FIXTURE, line: 7 } },
      { id: '2', type: 'KNOWS', start: '0', end: '1', properties: { since: 2001 }, origin: { file: FIXTURE, line: 9 } },
      {
        id: '3',
        type: 'SEEN_AT',
        start: '2',
        end: '3',
        properties: { seen: { crs: 'wgs-84-3d', latitude: 25.033, longitude: 121.565, height: 10.5 } },
        origin: { file: FIXTURE, line: 10 },
      },
    ]);
  });

  it('keeps a property named "id" apart from the line id', () => {
    const adam = fixture().graph.nodes.find((node) => node.id === '0');
    expect(adam?.properties['id']).toBe('u-adam');
  });
});

describe('parsing what older or hand-made exports contain', () => {
  it('accepts a relationship line before the node lines it joins', () => {
    const text = [
      '{"type":"relationship","id":"r","label":"KNOWS","start":{"id":"a","labels":["P"]},"end":{"id":"b","labels":["P"]}}',
      '{"type":"node","id":"a","labels":["P"]}',
      '{"type":"node","id":"b","labels":["P"]}',
    ].join('\n');
    const { graph, problems } = parseExport(text, 'f.jsonl');
    expect(problems).toEqual([]);
    expect(graph.relationships.map(({ start, end }) => [start, end])).toEqual([['a', 'b']]);
  });

  it('reads the numeric ids of older APOC releases as strings', () => {
    const text =
      '{"id":0,"type":"node","labels":["P"]}\n{"id":0,"type":"relationship","label":"KNOWS","start":{"id":0,"labels":["P"]},"end":{"id":0,"labels":["P"]}}\n';
    const { graph, problems } = parseExport(text, 'old.jsonl');
    expect(problems).toEqual([]);
    expect(graph.nodes[0]?.id).toBe('0');
    expect(graph.relationships[0]).toMatchObject({ id: '0', start: '0', end: '0' });
  });

  it('reads a 2D point without "height" as one whose height is null', () => {
    const { graph } = parseExport(
      '{"type":"node","id":"p","properties":{"at":{"crs":"cartesian","x":1,"y":2}}}',
      'f.jsonl',
    );
    expect(graph.nodes[0]?.properties['at']).toEqual({ crs: 'cartesian', x: 1, y: 2, z: null });
  });

  it('resolves a relationship to a node defined in another file', () => {
    const { graph, problems } = parseExports([
      { file: 'p1.jsonl', text: '{"type":"node","id":"a","labels":["P"]}\n' },
      {
        file: 'p2.jsonl',
        text: '{"type":"relationship","id":"r","label":"KNOWS","start":{"id":"a"},"end":{"id":"a"}}\n',
      },
    ]);
    expect(problems).toEqual([]);
    expect(graph.relationships[0]?.origin).toEqual({ file: 'p2.jsonl', line: 1 });
  });

  it('reads an empty file as an empty graph', () => {
    expect(parseExport('', 'empty.jsonl')).toEqual({ graph: { nodes: [], relationships: [] }, problems: [] });
  });
});
