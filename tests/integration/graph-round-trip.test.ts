import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseExportsOrThrow } from '~/lib/graph/parse-export';
import type { Neo4jConnection } from '~/lib/neo4j/connection';
import { connectToWipeableDatabase } from './support/owned-database';

const run = promisify(execFile);
const committedExport = 'graph/framework.jsonl';

/** Runs an npm script the way a user does, against the test server. */
async function npmRun(script: string, ...args: string[]): Promise<{ stdout: string; stderr: string }> {
  return run('npm', ['run', '--silent', script, '--', ...args], { env: process.env, maxBuffer: 64 * 1024 * 1024 });
}

async function counts(connection: Neo4jConnection): Promise<{ nodes: number; relationships: number }> {
  const result = await connection.driver.executeQuery(
    'MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS relationships',
    {},
    connection.config.database === undefined ? {} : { database: connection.config.database },
  );
  const record = result.records[0]!;
  return { nodes: Number(record.get('nodes')), relationships: Number(record.get('relationships')) };
}

let connection: Neo4jConnection;
let scratch: string;
beforeAll(async () => {
  connection = await connectToWipeableDatabase();
  scratch = await mkdtemp(join(tmpdir(), 'graph-round-trip-'));
});
afterAll(async () => {
  await connection?.close();
});

describe('the committed export through a real Neo4j', () => {
  it('loads into an empty database and exports byte-identical', async () => {
    await npmRun('graph:load', '--replace', committedExport);
    const out = join(scratch, 'first.jsonl');
    await npmRun('graph:export', '--out', out);
    expect(await readFile(out, 'utf8')).toBe(await readFile(committedExport, 'utf8'));
  });

  it('changes nothing when loaded a second time', async () => {
    const graph = parseExportsOrThrow([{ file: committedExport, text: await readFile(committedExport, 'utf8') }]);
    await npmRun('graph:load', committedExport);
    expect(await counts(connection)).toEqual({ nodes: graph.nodes.length, relationships: graph.relationships.length });
    const out = join(scratch, 'second.jsonl');
    await npmRun('graph:export', '--out', out);
    expect(await readFile(out, 'utf8')).toBe(await readFile(committedExport, 'utf8'));
  });
});

describe('a Cypher CREATE script', () => {
  it('loads in one transaction and exports with the right counts, types and values', async () => {
    await npmRun('graph:load', '--replace', 'tests/fixtures/cypher/small-create.cypher');
    expect(await counts(connection)).toEqual({ nodes: 3, relationships: 3 });
    const out = join(scratch, 'cypher.jsonl');
    await npmRun('graph:export', '--out', out);
    const graph = parseExportsOrThrow([{ file: out, text: await readFile(out, 'utf8') }]);
    const incident = graph.nodes.find((node) => node.id === 'case-1');
    expect(incident?.properties).toEqual({
      key: 'case-1',
      title: '電信詐騙案 // not a comment',
      reported: '2023-11-30',
    });
    expect(graph.nodes.find((node) => node.id === 'officer-chen')?.properties['name']).toBe('Chen "Ace"');
    expect(graph.relationships.map((r) => r.id).sort()).toEqual([
      'officer-chen|ASSIGNED_TO|case-1',
      'officer-li|ASSIGNED_TO|case-1',
      'officer-li|PARTNERS_WITH|officer-chen',
    ]);
  });

  it('saves nothing of a script whose later statement fails, and names its line', async () => {
    const bad = join(scratch, 'bad.cypher');
    await writeFile(bad, "CREATE (:Probe {key: 'saved?'});\n\nCREATE (:Probe {key: 'x'}) RETURN nonsense(;\n");
    await npmRun('graph:load', '--replace', 'tests/fixtures/cypher/small-create.cypher');
    const failure = (await npmRun('graph:load', bad).catch((error: unknown) => error)) as { stderr: string };
    expect(failure.stderr).toContain(`${bad}:3: statement 2 of 2 failed, so nothing of this file was saved`);
    expect(await counts(connection)).toEqual({ nodes: 3, relationships: 3 });
  });
});

describe('an export with a bad line', () => {
  it('is refused before the database is touched, with file:line', async () => {
    const bad = join(scratch, 'bad.jsonl');
    await writeFile(bad, '{"type":"node","id":"a","labels":["X"],"properties":{"key":"a"}}\n{"type":"node",\n');
    const before = await counts(connection);
    const failure = (await npmRun('graph:load', bad).catch((error: unknown) => error)) as {
      stderr: string;
      code: number;
    };
    expect(failure.code).toBe(1);
    expect(failure.stderr).toMatch(new RegExp(`${bad.replaceAll('/', '\\/')}:2:\\d+: `));
    expect(failure.stderr).toContain('graph:load: nothing was loaded');
    expect(await counts(connection)).toEqual(before);
  });
});

describe('a batch the database refuses', () => {
  it('is rolled back and named with its lines, and the batches before it stay saved', async () => {
    await connection.driver.executeQuery('MATCH (n) DETACH DELETE n');
    await connection.driver.executeQuery("CREATE (:Person {key: 'b-clash'})");
    const clashing = join(scratch, 'clashing.jsonl');
    const line = (id: string, labels: string[]) =>
      JSON.stringify({ type: 'node', id, labels, properties: { key: id } });
    // The third line asks for a second node keyed "b-clash" among :Person nodes: the key constraint refuses
    // it. Nodes load in key order, grouped by labels: a1 and a2, then c3 with b-clash.
    await writeFile(
      clashing,
      [
        line('a1', ['Place']),
        line('a2', ['Place']),
        line('b-clash', ['Person', 'Officer']),
        line('c3', ['Place']),
      ].join('\n') + '\n',
    );
    const failure = (await npmRun('graph:load', '--batch-size', '2', clashing).catch((error: unknown) => error)) as {
      stderr: string;
      code: number;
    };
    expect(failure.code).toBe(1);
    expect(failure.stderr).toContain(
      'batch 2 of 2 (nodes :`Place`, nodes :`Officer`:`Person`; 2 rows) failed and was rolled back',
    );
    expect(failure.stderr).toContain(`It held the lines ${clashing}:3-4.`);
    const keys = await connection.driver.executeQuery('MATCH (n) RETURN n.key AS key ORDER BY key');
    expect(keys.records.map((record) => record.get('key'))).toEqual(['a1', 'a2', 'b-clash']);
  });
});
