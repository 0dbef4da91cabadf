import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quizzesByModule, readSiteQuizzes } from '~/lib/quiz-site/read-quizzes';

const fixture = readFileSync('tests/fixtures/quiz/all-types.yaml', 'utf8');

describe('reading the quiz files for the site', () => {
  it('reads every yaml file of the folder, validated, by module', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'quiz-site-'));
    writeFileSync(join(folder, 'tools.yaml'), fixture);
    writeFileSync(join(folder, 'notes.txt'), 'not a quiz');
    const quizzes = await quizzesByModule(folder);
    expect([...quizzes.keys()]).toEqual(['m3-governance-tools']);
    expect(quizzes.get('m3-governance-tools')?.questions).toHaveLength(7);
  });

  it('has no quizzes when the folder does not exist yet', async () => {
    expect(await readSiteQuizzes(join(tmpdir(), 'no-such-quiz-folder'))).toEqual([]);
  });

  it('fails with the file, line and column of every problem, as the build shows them', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'quiz-site-'));
    const broken = fixture.replace(
      '      - id: perception\n        text: { zh: 感知鏈, en: Perception chain }\n        correct: true\n',
      '      - id: perception\n        text: { zh: 感知鏈, en: "" }\n',
    );
    writeFileSync(join(folder, 'broken.yaml'), broken);
    await expect(readSiteQuizzes(folder)).rejects.toThrow(
      /broken\.yaml:\d+:\d+: question "first-chain": .*(no correct option|missing translation)/,
    );
  });
});
