import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const BASE = 'tests/fixtures/graph/content/base';
const run = (...files: string[]) =>
  spawnSync('npx', ['tsx', 'scripts/graph-check.ts', ...files], { encoding: 'utf8', timeout: 60_000 });

describe('npm run graph:check', () => {
  it('exits 0 and prints the counts by label and type for a clean graph', () => {
    const result = run(
      `${BASE}/chains.jsonl`,
      `${BASE}/evidence.jsonl`,
      `${BASE}/frame.jsonl`,
      `${BASE}/sources.jsonl`,
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('graph:check: 4 files, no errors');
    expect(result.stdout).toMatch(/nodes: 11\n(.*\n)* {2}Chain\s+5\n/);
    expect(result.stdout).toMatch(/relationships: 7\n(.*\n)* {2}PRECEDES\s+4\n/);
  });

  it('exits 1 and prints every problem as file:line when there are errors', () => {
    const result = run('tests/fixtures/graph/many-problems.jsonl');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^tests\/fixtures\/graph\/many-problems\.jsonl:2: duplicate node id "a"/m);
    expect(result.stderr).toMatch(/^tests\/fixtures\/graph\/many-problems\.jsonl:4:\d+: invalid JSON/m);
    expect(result.stderr).toMatch(/graph:check: \d+ errors in 1 file\n$/);
  });

  it('exits 1 naming a file it cannot read', () => {
    const result = run('no/such/file.jsonl');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('no/such/file.jsonl: cannot read this file (ENOENT) — check the path\n');
  });
});
