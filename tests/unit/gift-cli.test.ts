import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseQuizFile } from '~/lib/quiz/file/parse-quiz-file';

const fixture = 'tests/fixtures/quiz/all-types.yaml';
const tsx = join('node_modules', '.bin', 'tsx');

/** Runs a gift script as `npm run gift:*` would, returning its exit code and output. */
function run(script: 'gift-export' | 'gift-import', ...args: string[]) {
  const result = spawnSync(tsx, [`scripts/${script}.ts`, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run gift:export and gift:import', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'gift-cli-'));
  const gift = join(dir, 'quiz.gift');
  const yaml = join(dir, 'quiz.yaml');

  it('exports a quiz, refuses to overwrite the output without --force, and imports it back unchanged', () => {
    expect(run('gift-export', fixture, '--out', gift, '--lang', 'en')).toMatchObject({ code: 0 });
    const written = readFileSync(gift, 'utf8');
    expect(written).toContain('::first-chain::[markdown]Which is the first of the five governance chains?{');

    writeFileSync(gift, 'keep me');
    const again = run('gift-export', fixture, '--out', gift);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`${gift} already exists — pass --force to overwrite it`);
    expect(readFileSync(gift, 'utf8')).toBe('keep me');
    expect(run('gift-export', fixture, '--out', gift, '--lang', 'en', '--force').code).toBe(0);
    expect(readFileSync(gift, 'utf8')).toBe(written);

    expect(run('gift-import', gift, '--out', yaml)).toMatchObject({ code: 0 });
    const original = parseQuizFile(readFileSync(fixture, 'utf8'), fixture).quiz;
    expect(parseQuizFile(readFileSync(yaml, 'utf8'), yaml).quiz).toStrictEqual(original);
    expect(run('gift-import', gift, '--out', yaml).code).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['quiz.gift', 'quiz.yaml']);
  });

  it('prints to standard output without --out', () => {
    const result = run('gift-export', fixture);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('$CATEGORY: $course$/m3-governance-tools/m3-tools-quiz');
  });

  it('exits 1 with file:line:col errors for an invalid quiz', () => {
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, readFileSync(fixture, 'utf8').replace('tolerance: 0.1', 'tolerance: -0.1'));
    const result = run('gift-export', broken);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${broken}:122:35: question "fraud-calls": numeric tolerance is negative`);
  });

  it('exits 1 naming unsupported questions and writes nothing, unless told to skip them', () => {
    const moodle = join(dir, 'moodle.gift');
    const out = join(dir, 'moodle.yaml');
    writeFileSync(
      moodle,
      "Who's buried in Grant's tomb?{=no one =nobody}\n\nWrite a short biography of Dag Hammarskjöld. {}\n",
    );
    const refused = run('gift-import', moodle, '--out', out, '--lang', 'en', '--module', 'm1-grant');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${moodle}:3: unsupported: essay ({}) questions are not supported by the course`);
    expect(readdirSync(dir)).not.toContain('moodle.yaml');

    const skipped = run(
      'gift-import',
      moodle,
      '--out',
      out,
      '--lang',
      'en',
      '--module',
      'm1-grant',
      '--skip-unsupported',
    );
    expect(skipped.code).toBe(0);
    expect(skipped.stderr).toContain('it was skipped');
    expect(skipped.stderr).toContain(`${out}:`);
    expect(skipped.stderr).toContain('missing translation: "zh" is empty');
    expect(readFileSync(out, 'utf8')).toContain('module: m1-grant');
  });

  it('exits 1 on a usage mistake', () => {
    expect(run('gift-export', fixture, '--lang', 'zh-Hans')).toMatchObject({ code: 1 });
    expect(run('gift-import')).toMatchObject({ code: 1 });
    expect(run('gift-import', join(dir, 'missing.gift')).stderr).toContain('no such file');
  });
});
