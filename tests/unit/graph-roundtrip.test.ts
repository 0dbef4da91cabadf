import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalizeGraph,
  parseExport,
  serializeGraph,
  type Graph,
  type GraphNode,
  type GraphRelationship,
  type Point,
  type PropertyMap,
  type PropertyValue,
} from '~/lib/graph';

const origin = { file: 'generated', line: 0 };

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const text = fc.string({ unit: 'binary', maxLength: 12 });
const point: fc.Arbitrary<Point> = fc.oneof(
  fc.record({ crs: fc.constant('wgs-84' as const), latitude: finite, longitude: finite, height: fc.constant(null) }),
  fc.record({ crs: fc.constant('wgs-84-3d' as const), latitude: finite, longitude: finite, height: finite }),
  fc.record({ crs: fc.constant('cartesian' as const), x: finite, y: finite, z: fc.constant(null) }),
  fc.record({ crs: fc.constant('cartesian-3d' as const), x: finite, y: finite, z: finite }),
);
const value: fc.Arbitrary<PropertyValue> = fc.oneof(
  text,
  fc.integer(),
  finite,
  fc.boolean(),
  point,
  fc.array(text, { maxLength: 3 }),
  fc.array(finite, { maxLength: 3 }),
  fc.array(fc.boolean(), { maxLength: 3 }),
  fc.array(point, { maxLength: 2 }),
);
// "key" is left to the node generator, which keeps keys unique as the parser demands.
const propertyName = fc
  .oneof(fc.stringMatching(/^[a-z][a-zA-Z0-9_]{0,6}$/), fc.constantFrom('id', '10', '2', '名稱'))
  .filter((name) => name !== 'key');
const properties: fc.Arbitrary<PropertyMap> = fc.dictionary(propertyName, value, { maxKeys: 4 });
const labels = fc.uniqueArray(fc.constantFrom('Chain', 'Concept', 'Source', 'User', '人物'), { maxLength: 2 });

/** Graphs with unique keys on some nodes, keyless nodes, parallel relationships and self-loops. */
const graphs: fc.Arbitrary<Graph> = fc
  .uniqueArray(fc.option(fc.stringMatching(/^[a-z0-9]{1,4}(-[a-z0-9]{1,4}){0,2}$/), { nil: undefined }), {
    minLength: 1,
    maxLength: 6,
    selector: (key) => key ?? Symbol('keyless'),
  })
  .chain((keys) =>
    fc.record({
      nodes: fc.tuple(
        ...keys.map((key, index) =>
          fc.record({ labels, properties }).map(({ labels: nodeLabels, properties: props }): GraphNode => ({
            id: `n${index}`,
            labels: nodeLabels,
            properties: key === undefined ? props : { ...props, key },
            origin,
          })),
        ),
      ),
      relationships: fc
        .array(
          fc.record({
            start: fc.nat(keys.length - 1),
            end: fc.nat(keys.length - 1),
            type: fc.constantFrom('PART_OF', 'CITES', 'KNOWS'),
            properties,
          }),
          { maxLength: 8 },
        )
        .map((rels) =>
          rels.map(({ start, end, type, properties: props }, index): GraphRelationship => ({
            id: `r${index}`,
            type,
            start: `n${start}`,
            end: `n${end}`,
            properties: props,
            origin,
          })),
        ),
    }),
  );

const withoutOrigins = (graph: Graph) => ({
  nodes: graph.nodes.map(({ origin: _, ...node }) => node),
  relationships: graph.relationships.map(({ origin: _, ...relationship }) => relationship),
});
const shuffled = <T>(items: readonly T[], seed: number): T[] =>
  items
    .map((item, index) => ({ item, rank: (index * 7919 + seed) % 104729 }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ item }) => item);
const reversedKeys = (props: PropertyMap): PropertyMap => Object.fromEntries(Object.entries(props).reverse());

describe('serializing and parsing as inverses', () => {
  it('parses a serialized graph back into the same graph, in canonical form', () => {
    fc.assert(
      fc.property(graphs, (graph) => {
        const reading = parseExport(serializeGraph(graph).text, 'out.jsonl');
        expect(reading.problems).toEqual([]);
        expect(withoutOrigins(reading.graph)).toEqual(withoutOrigins(canonicalizeGraph(graph).graph));
      }),
    );
  });

  it('returns a canonical graph unchanged from parse(serialize(graph))', () => {
    fc.assert(
      fc.property(graphs, (graph) => {
        const canonical = canonicalizeGraph(graph).graph;
        expect(withoutOrigins(parseExport(serializeGraph(canonical).text, 'out.jsonl').graph)).toEqual(
          withoutOrigins(canonical),
        );
      }),
    );
  });

  it('reaches a fixpoint: serialize(parse(text)) is the text itself once serialized', () => {
    fc.assert(
      fc.property(graphs, (graph) => {
        const text = serializeGraph(graph).text;
        expect(serializeGraph(parseExport(text, 'out.jsonl').graph).text).toBe(text);
      }),
    );
  });

  it('writes the same bytes whatever the order of nodes, relationships and property keys', () => {
    fc.assert(
      fc.property(graphs, fc.nat(1000), (graph, seed) => {
        const reordered: Graph = {
          nodes: shuffled(graph.nodes, seed).map((node) => ({ ...node, properties: reversedKeys(node.properties) })),
          relationships: shuffled(graph.relationships, seed + 1).map((rel) => ({
            ...rel,
            properties: reversedKeys(rel.properties),
          })),
        };
        expect(serializeGraph(reordered).text).toBe(serializeGraph(graph).text);
      }),
    );
  });

  it('canonicalizes idempotently', () => {
    fc.assert(
      fc.property(graphs, (graph) => {
        const once = canonicalizeGraph(graph).graph;
        expect(withoutOrigins(canonicalizeGraph(once).graph)).toEqual(withoutOrigins(once));
      }),
    );
  });
});

describe('re-serializing a foreign APOC export', () => {
  it('is a fixpoint after the first serialization', () => {
    const file = 'tests/fixtures/graph/apoc-realistic.jsonl';
    const once = serializeGraph(parseExport(readFileSync(file, 'utf8'), file).graph).text;
    expect(serializeGraph(parseExport(once, 'once.jsonl').graph).text).toBe(once);
  });
});
