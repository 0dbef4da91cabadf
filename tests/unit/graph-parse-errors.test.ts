import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GraphDataError, formatProblem, parseExport, parseExports, parseExportsOrThrow } from '~/lib/graph';

const NODE_A = '{"type":"node","id":"a","labels":["Concept"],"properties":{"key":"a"}}';
const NODE_B = '{"type":"node","id":"b","labels":["Concept"],"properties":{"key":"b"}}';
const problemsIn = (...lines: string[]) => parseExport(lines.join('\n'), 'f.jsonl').problems.map(formatProblem);
const nodeWith = (properties: string) => `{"type":"node","id":"n","labels":["Concept"],"properties":${properties}}`;

describe('errors for lines that are not JSON objects', () => {
  it('rejects invalid JSON with the column JSON.parse names', () => {
    expect(problemsIn('{"type":"node","id":"a",}')).toEqual([
      'f.jsonl:1:25: invalid JSON: expected double-quoted property name — each line must be one complete JSON object; check the quotes, commas and brackets there',
    ]);
  });

  it('rejects a line cut short with the column after its end', () => {
    expect(problemsIn(NODE_A, '{"type":"node","id":"b"')).toEqual([
      "f.jsonl:2:24: invalid JSON: expected ',' or '}' after property value — each line must be one complete JSON object; check the quotes, commas and brackets there",
    ]);
  });

  it('rejects a line that is JSON but not an object', () => {
    expect(problemsIn('["node","a"]')).toEqual([
      'f.jsonl:1: line is a list, not a JSON object — write one object per line: {"type":"node",…} or {"type":"relationship",…}',
    ]);
  });

  it('rejects a line without "type"', () => {
    expect(problemsIn('{"id":"a"}')).toEqual([
      'f.jsonl:1: line has no "type" — "type" must be "node" or "relationship", as apoc.export.json.all writes',
    ]);
  });

  it('rejects an unknown "type"', () => {
    expect(problemsIn('{"type":"edge","id":"a"}')).toEqual([
      'f.jsonl:1: unknown line type "edge" — "type" must be "node" or "relationship", as apoc.export.json.all writes',
    ]);
  });
});

describe('errors for missing or invalid fields', () => {
  it('rejects a relationship line without "start"', () => {
    expect(problemsIn(NODE_A, '{"type":"relationship","id":"r","label":"PART_OF","end":{"id":"a"}}')).toEqual([
      'f.jsonl:2: missing "start" on a relationship line — write the start node, e.g. "start":{"id":"chain-perception","labels":["Chain"]}',
    ]);
  });

  it('rejects "labels" that is not a list', () => {
    expect(problemsIn('{"type":"node","id":"a","labels":"Concept"}')).toEqual([
      'f.jsonl:1: "labels" must be a list of label names, got "Concept" — write e.g. "labels":["Chain"], or leave "labels" out for a node without labels',
    ]);
  });

  it('rejects an empty id', () => {
    expect(problemsIn('{"type":"node","id":""}')).toEqual([
      'f.jsonl:1: "id" must be a non-empty string, got "" — write the line id, e.g. "id":"chain-perception"',
    ]);
  });

  it('rejects an end id that is not a string', () => {
    expect(
      problemsIn(NODE_A, '{"type":"relationship","id":"r","label":"PART_OF","start":{"id":"a"},"end":{"id":true}}'),
    ).toEqual([
      'f.jsonl:2: "end"."id" must be a non-empty string, got true — write the "id" of the node line the relationship ends at',
    ]);
  });

  it('rejects a misspelt field', () => {
    expect(problemsIn('{"type":"node","id":"a","propertes":{}}')).toEqual([
      'f.jsonl:1: unknown field "propertes" on a node line — APOC writes only "type", "id", "labels" and "properties" there; remove it or correct its spelling',
    ]);
  });

  it('rejects a label listed twice', () => {
    expect(problemsIn('{"type":"node","id":"a","labels":["Concept","Concept"]}')).toEqual([
      'f.jsonl:1: label "Concept" appears twice in "labels" — list each label once: a Neo4j node has a set of labels',
    ]);
  });
});

describe('errors for property values Neo4j cannot store', () => {
  it('rejects a null property', () => {
    expect(problemsIn(nodeWith('{"note":null}'))).toEqual([
      'f.jsonl:1: property "note" is null — leave the property out: Neo4j stores no nulls and APOC never writes them',
    ]);
  });

  it('rejects a map that is not a point', () => {
    expect(problemsIn(nodeWith('{"meta":{"a":1}}'))).toEqual([
      'f.jsonl:1: property "meta" is a map — Neo4j stores only a string, number, boolean, point, or a list of one of those; split it into separate properties or store it as a JSON string',
    ]);
  });

  it('rejects a list that mixes types', () => {
    expect(problemsIn(nodeWith('{"tags":["a",1]}'))).toEqual([
      'f.jsonl:1: property "tags" mixes string and number in one list — make every element the same type: Neo4j lists hold one type',
    ]);
  });

  it('rejects null inside a list', () => {
    expect(problemsIn(nodeWith('{"tags":["a",null]}'))).toEqual([
      'f.jsonl:1: property "tags" has null at [1] — remove the element: Neo4j lists cannot hold null',
    ]);
  });

  it('rejects a list inside a list', () => {
    expect(problemsIn(nodeWith('{"grid":[[1,2]]}'))).toEqual([
      'f.jsonl:1: property "grid" has a list inside a list at [0] — flatten it: a property holds a string, number, boolean, point, or a list of one of those',
    ]);
  });

  it('rejects a point with the wrong coordinates', () => {
    expect(problemsIn(nodeWith('{"at":{"crs":"wgs-84","x":1,"y":2}}'))).toEqual([
      'f.jsonl:1: property "at" is not a valid "wgs-84" point — a "wgs-84" point has exactly "crs", "latitude" and "longitude" numbers and "height": null',
    ]);
  });

  it('rejects a point with an unknown coordinate system', () => {
    expect(problemsIn(nodeWith('{"at":{"crs":"mars","x":1,"y":2}}'))).toEqual([
      'f.jsonl:1: property "at" is a point with unknown "crs" "mars" — use "wgs-84", "wgs-84-3d", "cartesian" or "cartesian-3d"',
    ]);
  });

  it('rejects an integer JavaScript would round instead of silently changing it', () => {
    expect(problemsIn(nodeWith('{"count":9007199254740993}'))).toEqual([
      'f.jsonl:1: property "count" holds the integer 9007199254740993, which JavaScript would read as 9007199254740992 — store it as a string, or as an integer between -9007199254740991 and 9007199254740991',
    ]);
  });

  it('rejects a property JavaScript cannot hold', () => {
    expect(problemsIn(nodeWith('{"__proto__":"x"}'))).toEqual([
      'f.jsonl:1: property "__proto__" cannot be read in JavaScript — rename the property',
    ]);
  });

  it('checks relationship properties too', () => {
    expect(
      problemsIn(
        NODE_A,
        '{"type":"relationship","id":"r","label":"PART_OF","properties":{"basis":null},"start":{"id":"a"},"end":{"id":"a"}}',
      ),
    ).toEqual([
      'f.jsonl:2: property "basis" is null — leave the property out: Neo4j stores no nulls and APOC never writes them',
    ]);
  });
});

describe('errors across lines', () => {
  it('rejects a relationship whose end node is missing, naming the id', () => {
    expect(
      problemsIn(NODE_A, '{"type":"relationship","id":"r","label":"PART_OF","start":{"id":"a"},"end":{"id":"zzz"}}'),
    ).toEqual([
      'f.jsonl:2: relationship "r" ends at node "zzz", which no node line defines — add a node line with "id":"zzz" or correct "end"."id"',
    ]);
  });

  it('rejects a relationship whose start node is missing', () => {
    expect(
      problemsIn(NODE_A, '{"type":"relationship","id":"r","label":"PART_OF","start":{"id":"q"},"end":{"id":"a"}}'),
    ).toEqual([
      'f.jsonl:2: relationship "r" starts at node "q", which no node line defines — add a node line with "id":"q" or correct "start"."id"',
    ]);
  });

  it("rejects end labels that differ from the node's labels", () => {
    expect(
      problemsIn(
        NODE_A,
        '{"type":"relationship","id":"r","label":"PART_OF","start":{"id":"a"},"end":{"id":"a","labels":["Frame"]}}',
      ),
    ).toEqual([
      'f.jsonl:2: relationship "r" gives its end node "a" the labels ["Frame"], but the node at f.jsonl:1 has ["Concept"] — make "end"."labels" equal the node\'s own labels',
    ]);
  });

  it('rejects a duplicate node id', () => {
    expect(problemsIn(NODE_A, '{"type":"node","id":"a","labels":["Concept"]}')).toEqual([
      'f.jsonl:2: duplicate node id "a", first used at f.jsonl:1 — give each node line its own "id" (our export uses "key")',
    ]);
  });

  it('rejects a duplicate relationship id', () => {
    const rel = '{"type":"relationship","id":"r","label":"PART_OF","start":{"id":"a"},"end":{"id":"b"}}';
    expect(problemsIn(NODE_A, NODE_B, rel, rel)).toEqual([
      'f.jsonl:4: duplicate relationship id "r", first used at f.jsonl:3 — give each relationship line its own "id" (our export uses "<start>|<TYPE>|<end>")',
    ]);
  });

  it('rejects a duplicate key on nodes with different ids', () => {
    expect(problemsIn(NODE_A, '{"type":"node","id":"b","labels":["Concept"],"properties":{"key":"a"}}')).toEqual([
      'f.jsonl:2: duplicate key "a": node "b" has the same "key" as node "a" at f.jsonl:1 — make every "key" unique: the loader merges nodes on "key", so one would overwrite the other',
    ]);
  });

  it('lets node "0" and relationship "0" share an id', () => {
    const text =
      '{"type":"node","id":"0"}\n{"type":"relationship","id":"0","label":"SELF","start":{"id":"0"},"end":{"id":"0"}}';
    expect(parseExport(text, 'f.jsonl').problems).toEqual([]);
  });

  it('names the first file when an id repeats in another file', () => {
    const { problems } = parseExports([
      { file: 'p1.jsonl', text: NODE_A },
      { file: 'p2.jsonl', text: '{"type":"node","id":"a"}' },
    ]);
    expect(problems.map(formatProblem)).toEqual([
      'p2.jsonl:1: duplicate node id "a", first used at p1.jsonl:1 — give each node line its own "id" (our export uses "key")',
    ]);
  });

  it('does not also report relationships that end at an invalid node line', () => {
    expect(
      problemsIn(
        '{"type":"node","id":"a","labels":"Concept"}',
        '{"type":"relationship","id":"r","label":"PART_OF","start":{"id":"a"},"end":{"id":"a"}}',
      ),
    ).toHaveLength(1);
  });
});

describe('reporting every problem at once', () => {
  const FILE = 'tests/fixtures/graph/many-problems.jsonl';

  it('reports all problems of a file in line order, several per line when a line has several', () => {
    const { problems } = parseExport(readFileSync(FILE, 'utf8'), FILE);
    expect(problems.map((problem) => [problem.line, problem.message])).toEqual([
      [2, `duplicate node id "a", first used at ${FILE}:1`],
      [3, `duplicate key "a": node "b" has the same "key" as node "a" at ${FILE}:1`],
      [4, 'invalid JSON: expected double-quoted property name'],
      [5, 'line is a list, not a JSON object'],
      [6, 'unknown line type "edge"'],
      [7, '"labels" must be a list of label names, got "Concept"'],
      [7, 'property "note" is null'],
      [8, 'relationship "r1" ends at node "zzz", which no node line defines'],
      [10, `duplicate relationship id "r1", first used at ${FILE}:9`],
    ]);
  });

  it('throws one error listing every problem from parseExportsOrThrow', () => {
    const read = () => parseExportsOrThrow([{ file: FILE, text: readFileSync(FILE, 'utf8') }]);
    expect(read).toThrow(GraphDataError);
    expect(read).toThrow(/^graph export has 9 problems:\n.*many-problems\.jsonl:2: duplicate node id/);
  });

  it('returns the graph from parseExportsOrThrow when there is no problem', () => {
    expect(parseExportsOrThrow([{ file: 'f.jsonl', text: NODE_A }]).nodes).toHaveLength(1);
  });
});
