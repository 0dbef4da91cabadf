import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '~/lib/search/build-index';
import { loadSearchIndex, searchIndex } from '~/lib/search/search';
import { zhHantDocs } from '../fixtures/search/corpus';

describe('the query side on its own', () => {
  it('loads the index JSON and answers like the build side, in a process that never imported the builder', () => {
    const built = buildSearchIndex(zhHantDocs, 'zh-Hant');
    const file = join(mkdtempSync(join(tmpdir(), 'search-')), 'zh-Hant.json');
    writeFileSync(file, JSON.stringify(built));
    const script = 'tests/fixtures/search/query-side-only.ts';
    const ids = execFileSync(process.execPath, ['--import', 'tsx', script, file, '韧性治理'], { encoding: 'utf8' });
    const expected = searchIndex(loadSearchIndex(built), '韧性治理').map((result) => result.id);
    expect(JSON.parse(ids)).toEqual(expected);
    expect(expected[0]).toBe('/concepts/resilient-governance/');
  });
});
