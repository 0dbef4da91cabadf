import { builtSiteDir } from './support/built-site';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SECRET_CANARY } from '../../bench/lib/canary';
import { scanForSecrets, secretValuesFromEnv } from '../../bench/lib/scan-secrets';

// Gate: no secret reaches the published files. `npm test` builds with NEO4J_PASSWORD set to a
// canary (bench/lib/canary.ts); the canary, any secret-named variable of this environment and any
// credential-shaped string (a Neo4j URI with a password, NEO4J_PASSWORD=…) must appear in no file of dist/.

const testScript =
  (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts['test'] ?? '';
const buildsWithCanary = testScript.includes(`NEO4J_PASSWORD=${SECRET_CANARY}`);

describe('secrets gate', () => {
  it('finds no secret-named environment value and no credential-shaped string in any built file', () => {
    expect(scanForSecrets(builtSiteDir(), secretValuesFromEnv(process.env))).toEqual([]);
  });

  it('finds the canary NEO4J_PASSWORD that npm test builds with in no built file', () => {
    expect(buildsWithCanary, 'npm test must build with NEO4J_PASSWORD set to the canary').toBe(true);
    expect(scanForSecrets(builtSiteDir(), [SECRET_CANARY])).toEqual([]);
  });
});
