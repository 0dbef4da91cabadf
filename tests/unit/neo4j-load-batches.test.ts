import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { fromDriverValue, toDriverValue } from '~/lib/graph-neo4j/driver-values';
import { describeGroups, describeOrigins, packBatches } from '~/lib/graph-neo4j/load-batches';

describe('load batches', () => {
  const group = (name: string, rows: number[]) => ({
    group: name,
    statement: `UNWIND $rows AS row RETURN row // ${name}`,
    items: rows.map((n) => ({ row: n, origin: { file: 'g.jsonl', line: n + 10 } })),
  });

  it('cuts rows into batches of the given size and keeps the lines each came from', () => {
    const batches = packBatches([group('nodes :X', [1, 2, 3, 4, 5])], 2);
    expect(batches.map((b) => b.parts.map((part) => part.rows))).toEqual([[[1, 2]], [[3, 4]], [[5]]]);
    expect(batches.map((b) => b.rows)).toEqual([2, 2, 1]);
    expect(describeOrigins(batches[0]!.parts[0]!.origins)).toBe('g.jsonl:11-12');
  });

  it('lets small groups share a batch, each with its own statement, so many label combinations do not mean many transactions', () => {
    const batches = packBatches([group('nodes :A', [1, 2]), group('nodes :B', [3, 4, 5]), group('nodes :C', [6])], 4);
    expect(batches.map((b) => b.parts.map((part) => [part.group, part.rows]))).toEqual([
      [
        ['nodes :A', [1, 2]],
        ['nodes :B', [3, 4]],
      ],
      [
        ['nodes :B', [5]],
        ['nodes :C', [6]],
      ],
    ]);
    expect(batches[0]!.parts.map((part) => part.statement)).toEqual([
      'UNWIND $rows AS row RETURN row // nodes :A',
      'UNWIND $rows AS row RETURN row // nodes :B',
    ]);
  });

  it('names at most three groups of a batch in messages', () => {
    const [batch] = packBatches(
      ['A', 'B', 'C', 'D', 'E'].map((name, i) => group(`nodes :${name}`, [i])),
      10,
    );
    expect(describeGroups(batch!)).toBe('nodes :A, nodes :B and 3 more');
    const [small] = packBatches([group('nodes :A', [1]), group('nodes :B', [2])], 10);
    expect(describeGroups(small!)).toBe('nodes :A, nodes :B');
  });

  it('describes the lines of a batch as ranges per file', () => {
    const origins = [3, 4, 5, 9, 1].map((line) => ({ file: 'a.jsonl', line })).concat([{ file: 'b.jsonl', line: 2 }]);
    expect(describeOrigins(origins)).toBe('a.jsonl:1, 3-5, 9; b.jsonl:2');
  });
});

describe('values between exports and the driver', () => {
  it('sends whole numbers as Neo4j integers and fractions as floats, as APOC’s import does', () => {
    expect(toDriverValue(3)).toEqual(neo4j.int(3));
    expect(toDriverValue(2.5)).toBe(2.5);
    expect(toDriverValue([1, 2])).toEqual([neo4j.int(1), neo4j.int(2)]);
  });

  it('turns APOC point maps into points and back', () => {
    const point = { crs: 'wgs-84' as const, latitude: 25.03, longitude: 121.56, height: null };
    expect(fromDriverValue(toDriverValue(point), 'n')).toEqual(point);
    const cartesian = { crs: 'cartesian-3d' as const, x: 1, y: 2, z: 3 };
    expect(fromDriverValue(toDriverValue(cartesian), 'n')).toEqual(cartesian);
  });

  it('writes temporal values as ISO strings', () => {
    expect(fromDriverValue(new neo4j.types.Date(2023, 11, 30), 'n')).toBe('2023-11-30');
  });

  it('refuses an integer that JSON cannot hold exactly, saying where it is', () => {
    expect(() => fromDriverValue(neo4j.int('9007199254740993'), 'node x, property "big"')).toThrow(
      'node x, property "big": the integer 9007199254740993 is beyond ±2^53 and cannot be exported exactly as JSON — store it as a string',
    );
  });
});
