import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  formatProblem,
  parseExport,
  serializeGraph,
  type Graph,
  type GraphNode,
  type GraphRelationship,
} from '~/lib/graph';
import { fnv1aHex } from '~/lib/graph/fnv1a-hash';

const at = { file: 'g.jsonl', line: 1 };
const node = (id: string, labels: string[], properties: GraphNode['properties'] = {}): GraphNode => ({
  id,
  labels,
  properties,
  origin: at,
});
const rel = (
  id: string,
  type: string,
  start: string,
  end: string,
  properties: GraphRelationship['properties'] = {},
): GraphRelationship => ({ id, type, start, end, properties, origin: at });
const textOf = (graph: Graph) => serializeGraph(graph).text;

describe('serializing a graph as APOC JSON lines', () => {
  it('writes fields in APOC order with sorted labels and property keys, one newline-terminated line each', () => {
    const graph: Graph = {
      nodes: [
        node('x', ['Chain'], { section: '三(四)', key: 'chain-perception', name_zh: '感知鏈', order: 1 }),
        node('y', ['Technology'], { name_zh: '物聯網', key: 'tech-iot' }),
      ],
      relationships: [rel('r', 'USES', 'x', 'y', { section: '三(四)', basis: 'explicit' })],
    };
    expect(textOf(graph)).toBe(
      '{"type":"node","id":"chain-perception","labels":["Chain"],"properties":{"key":"chain-perception","name_zh":"感知鏈","order":1,"section":"三(四)"}}\n' +
        '{"type":"node","id":"tech-iot","labels":["Technology"],"properties":{"key":"tech-iot","name_zh":"物聯網"}}\n' +
        '{"type":"relationship","id":"chain-perception|USES|tech-iot","label":"USES","properties":{"basis":"explicit","section":"三(四)"},"start":{"id":"chain-perception","labels":["Chain"]},"end":{"id":"tech-iot","labels":["Technology"]}}\n',
    );
  });

  it('sorts nodes, then relationships, by id', () => {
    const graph: Graph = {
      nodes: [node('1', ['C'], { key: 'b' }), node('2', ['C'], { key: 'a' })],
      relationships: [rel('1', 'T', '1', '2'), rel('2', 'S', '1', '2')],
    };
    const ids = textOf(graph)
      .trimEnd()
      .split('\n')
      .map((line) => (JSON.parse(line) as { id: string }).id);
    expect(ids).toEqual(['a', 'b', 'b|S|a', 'b|T|a']);
  });

  it('leaves out empty labels and properties, as APOC does', () => {
    const graph: Graph = { nodes: [node('n', [], { key: 'bare' })], relationships: [rel('r', 'SELF', 'n', 'n')] };
    expect(textOf(graph)).toBe(
      '{"type":"node","id":"bare","properties":{"key":"bare"}}\n{"type":"relationship","id":"bare|SELF|bare","label":"SELF","start":{"id":"bare"},"end":{"id":"bare"}}\n',
    );
  });

  it('keeps integer-like property keys in sorted order too', () => {
    const graph: Graph = { nodes: [node('n', ['C'], { key: 'k', b: 1, '10': 2, '2': 3 })], relationships: [] };
    expect(textOf(graph)).toBe('{"type":"node","id":"k","labels":["C"],"properties":{"10":2,"2":3,"b":1,"key":"k"}}\n');
  });

  it('writes points with "crs" first and -0 as 0', () => {
    const graph: Graph = {
      nodes: [node('n', ['C'], { key: 'k', at: { height: null, longitude: -0, latitude: 25, crs: 'wgs-84' } })],
      relationships: [],
    };
    expect(textOf(graph)).toContain('"at":{"crs":"wgs-84","latitude":25,"longitude":0,"height":null}');
  });

  it('numbers relationships that share start, type and end as #2, #3 in order of their properties', () => {
    const graph = (order: number[]): Graph => ({
      nodes: [node('a', ['C'], { key: 'a' }), node('b', ['C'], { key: 'b' })],
      relationships: order.map((since) => rel(`r${since}`, 'KNOWS', 'a', 'b', { since })),
    });
    const lines = textOf(graph([3, 1, 2]))
      .trimEnd()
      .split('\n')
      .slice(2);
    expect(
      lines
        .map((line) => JSON.parse(line) as { id: string; properties: { since: number } })
        .map(({ id, properties }) => [id, properties.since]),
    ).toEqual([
      ['a|KNOWS|b', 1],
      ['a|KNOWS|b#2', 2],
      ['a|KNOWS|b#3', 3],
    ]);
    expect(textOf(graph([2, 3, 1]))).toBe(textOf(graph([3, 1, 2])));
  });

  it('gives a keyless node the id <first label>:<hash of its content> and warns about it', () => {
    const graph: Graph = { nodes: [node('7', ['User', 'Admin'], { name: 'Ann' })], relationships: [] };
    const { text, warnings } = serializeGraph(graph);
    const expectedId = `Admin:${fnv1aHex(JSON.stringify([['Admin', 'User'], { name: 'Ann' }])).slice(0, 12)}`;
    expect(text).toBe(`{"type":"node","id":"${expectedId}","labels":["Admin","User"],"properties":{"name":"Ann"}}\n`);
    expect(warnings.map(formatProblem)).toEqual([
      `g.jsonl:1: warning: node "7" has no "key", so it is written with the fallback id "${expectedId}" — add a unique kebab-case "key" property, so its id stays the same when its properties change`,
    ]);
  });

  it('gives the same fallback id whatever the order of labels and property keys', () => {
    const one = textOf({ nodes: [node('1', ['B', 'A'], { x: 1, y: 'z' })], relationships: [] });
    const two = textOf({ nodes: [node('2', ['A', 'B'], { y: 'z', x: 1 })], relationships: [] });
    expect(one).toBe(two);
  });

  it('uses "node" as the fallback prefix of a node without labels', () => {
    expect(textOf({ nodes: [node('1', [])], relationships: [] })).toMatch(
      /^\{"type":"node","id":"node:[0-9a-f]{12}"\}\n$/,
    );
  });

  it('numbers a repeated key and warns about it', () => {
    const { text, warnings } = serializeGraph({
      nodes: [node('1', ['C'], { key: 'k', n: 1 }), node('2', ['C'], { key: 'k', n: 2 })],
      relationships: [],
    });
    expect(
      text
        .split('\n')
        .slice(0, 2)
        .map((line) => (JSON.parse(line) as { id: string }).id),
    ).toEqual(['k', 'k#2']);
    expect(warnings.map((warning) => warning.message)).toEqual([
      'another node has the key "k", so node "2" is written as "k#2"',
    ]);
  });

  it('escapes no CJK or emoji text', () => {
    expect(textOf({ nodes: [node('1', ['C'], { key: 'k', motto: '安全第一 🚓' })], relationships: [] })).toContain(
      '"motto":"安全第一 🚓"',
    );
  });

  it('refuses a relationship whose end is not a node of the graph', () => {
    expect(() => textOf({ nodes: [], relationships: [rel('r', 'T', 'a', 'b')] })).toThrow(
      /start node "a", which is not in the graph/,
    );
  });

  it('writes the realistic APOC fixture as this exact text', () => {
    const file = 'tests/fixtures/graph/apoc-realistic.jsonl';
    expect(textOf(parseExport(readFileSync(file, 'utf8'), file).graph)).toBe(
      [
        '{"type":"node","id":"Person:f9779e17f365","labels":["Person","User"],"properties":{"age":42,"flags":[true,false],"motto":"安全第一 🚓👮","name":"陳小明","nicknames":[],"scores":[1.5,2.25]}}',
        '{"type":"node","id":"Place:7db3b5235745","labels":["Place"],"properties":{"loc":{"crs":"cartesian-3d","x":1,"y":2.5,"z":-3},"name":"臺北市","open_for":"P5M1DT12H","opened":"2024-01-17","opens_at":"12:50:35.556+01:00"}}',
        '{"type":"node","id":"User:50b0674b953d","labels":["User"],"properties":{"age":42,"born":"2015-07-04T19:32:24","id":"u-adam","kids":["Sam","Anna","Grace"],"male":true,"name":"Adam","place":{"crs":"wgs-84","latitude":33.46789,"longitude":13.1,"height":null}}}',
        '{"type":"node","id":"node:8a63f14df518"}',
        '{"type":"relationship","id":"Person:f9779e17f365|LIVES_IN|Place:7db3b5235745","label":"LIVES_IN","start":{"id":"Person:f9779e17f365","labels":["Person","User"]},"end":{"id":"Place:7db3b5235745","labels":["Place"]}}',
        '{"type":"relationship","id":"User:50b0674b953d|KNOWS|Person:f9779e17f365","label":"KNOWS","properties":{"bffSince":"P5M1DT12H","since":1993},"start":{"id":"User:50b0674b953d","labels":["User"]},"end":{"id":"Person:f9779e17f365","labels":["Person","User"]}}',
        '{"type":"relationship","id":"User:50b0674b953d|KNOWS|Person:f9779e17f365#2","label":"KNOWS","properties":{"since":2001},"start":{"id":"User:50b0674b953d","labels":["User"]},"end":{"id":"Person:f9779e17f365","labels":["Person","User"]}}',
        '{"type":"relationship","id":"node:8a63f14df518|SEEN_AT|Place:7db3b5235745","label":"SEEN_AT","properties":{"seen":{"crs":"wgs-84-3d","latitude":25.033,"longitude":121.565,"height":10.5}},"start":{"id":"node:8a63f14df518"},"end":{"id":"Place:7db3b5235745","labels":["Place"]}}',
        '',
      ].join('\n'),
    );
  });
});

describe('the fallback id hash', () => {
  it('is 64-bit FNV-1a over UTF-8, matching the published test vectors', () => {
    expect(fnv1aHex('')).toBe('cbf29ce484222325');
    expect(fnv1aHex('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1aHex('foobar')).toBe('85944171f73967e8');
  });
});
