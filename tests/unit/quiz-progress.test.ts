import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseQuizFile } from '~/lib/quiz/file/parse-quiz-file';
import { correctResponse } from '~/lib/quiz/grading/correct-response';
import { attemptChanges, attemptsWithChanges } from '~/lib/quiz/progress/attempt-changes';
import { exportProgress, importProgress } from '~/lib/quiz/progress/exchange-progress';
import { loadProgress } from '~/lib/quiz/progress/load-progress';
import { migrateProgress } from '~/lib/quiz/progress/migrate-progress';
import { emptyProgress, maxAttemptsPerQuiz, progressSchema, type Progress } from '~/lib/quiz/progress/progress.schema';
import { questionContentHash } from '~/lib/quiz/progress/question-content-hash';
import { markModuleComplete, recordAttempt } from '~/lib/quiz/progress/record-attempt';
import type { Quiz } from '~/lib/quiz/schema/quiz.schema';

const { quiz } = parseQuizFile(readFileSync('tests/fixtures/quiz/all-types.yaml', 'utf8'), 'all-types.yaml');
const v1 = readFileSync('tests/fixtures/quiz/progress/v1.json', 'utf8');
const ids = quiz.questions.map((question) => question.id);
const allRight = Object.fromEntries(quiz.questions.map((question) => [question.id, correctResponse(question)]));
const passed = recordAttempt(emptyProgress(), quiz, {
  seed: 7,
  questionIds: ids,
  responses: allRight,
  finishedAt: '2025-03-01T09:30:00.000Z',
});
const withQuestions = (edit: (questions: Quiz['questions']) => Quiz['questions']): Quiz => ({
  ...quiz,
  questions: edit(structuredClone(quiz.questions)),
});

describe('loading saved progress', () => {
  it('starts fresh, silently, when nothing is saved', () => {
    expect(loadProgress(null)).toEqual({ progress: emptyProgress() });
    expect(loadProgress('')).toEqual({ progress: emptyProgress() });
  });

  it('reads back what was saved', () => {
    expect(loadProgress(JSON.stringify(passed))).toEqual({ progress: passed });
  });

  it.each([
    { damage: 'text that is not JSON', raw: '{"version":2,"attem', why: 'it is not valid JSON' },
    { damage: 'JSON of the wrong shape', raw: '[1,2,3]', why: 'it has no version number' },
    {
      damage: 'a version from a newer site',
      raw: '{"version":99}',
      why: 'it was saved by a newer version of the site (format 99)',
    },
    { damage: 'a version with missing parts', raw: '{"version":2}', why: 'it does not have the expected shape' },
    {
      damage: 'an old version that is damaged',
      raw: '{"version":1,"attempts":5}',
      why: 'its format 1 data is damaged at attempts: Invalid input: expected record, received number',
    },
  ])('never throws on $damage: it starts afresh, says why and keeps the raw text', ({ raw, why }) => {
    const loaded = loadProgress(raw);
    expect(loaded.progress).toEqual(emptyProgress());
    expect(loaded.recovered).toContain('Your saved progress could not be read');
    expect(loaded.recovered).toContain(why);
    expect(loaded.unreadable).toBe(raw);
  });

  it('keeps the readable entries when only some are damaged, and says how many were left out', () => {
    const damaged = structuredClone(passed) as unknown as {
      attempts: Record<string, unknown[]>;
      modules: Record<string, unknown>;
    };
    damaged.attempts['m3-tools-quiz']?.push({ score: 'high' });
    damaged.modules['m9'] = { completedAt: 'yesterday' };
    const raw = JSON.stringify(damaged);
    const loaded = loadProgress(raw);
    expect(loaded.progress).toEqual(passed);
    expect(loaded.recovered).toBe(
      '2 saved entries of your progress could not be read and were left out. The old data is kept for you to export.',
    );
    expect(loaded.unreadable).toBe(raw);
  });
});

describe('migrating saved progress', () => {
  it('brings version 1 up to the current version, keeping attempts and completed modules', () => {
    const loaded = loadProgress(v1);
    expect(loaded.recovered).toBeUndefined();
    expect(loaded.progress).toEqual({
      version: 2,
      attempts: {
        'm3-tools-quiz': [
          {
            finishedAt: '2025-01-05T10:00:00.000Z',
            score: 0.8,
            passed: true,
            questions: [
              { id: 'first-chain', hash: null },
              { id: 'chain-order', hash: null },
            ],
          },
        ],
      },
      modules: { 'm3-governance-tools': {} },
    });
  });

  it('flags migrated attempts as possibly changed, since they were saved without content hashes', () => {
    const attempt = loadProgress(v1).progress.attempts['m3-tools-quiz']?.[0];
    expect(attempt && attemptChanges(attempt, quiz)).toEqual({ changed: ['first-chain', 'chain-order'], removed: [] });
  });

  it('leaves current-version data as it is', () => {
    expect(migrateProgress(passed)).toBe(passed);
  });
});

describe('recording attempts', () => {
  it('grades the attempt, stores each question’s hash, score and response, and completes the module on a pass', () => {
    const attempt = passed.attempts['m3-tools-quiz']?.[0];
    expect(attempt).toMatchObject({ finishedAt: '2025-03-01T09:30:00.000Z', seed: 7, score: 1, passed: true });
    expect(attempt?.questions[0]).toEqual({
      id: 'first-chain',
      hash: questionContentHash(quiz.questions[0]!),
      score: 1,
      response: { type: 'single', choice: 'perception' },
    });
    expect(passed.modules).toEqual({ 'm3-governance-tools': { completedAt: '2025-03-01T09:30:00.000Z' } });
    expect(progressSchema.parse(passed)).toEqual(passed);
  });

  it('does not complete the module on a failed attempt, and does not change the progress it was given', () => {
    const before = emptyProgress();
    const failed = recordAttempt(before, quiz, {
      seed: 1,
      questionIds: ids,
      responses: {},
      finishedAt: '2025-03-01T09:30:00.000Z',
    });
    expect(failed.modules).toEqual({});
    expect(failed.attempts['m3-tools-quiz']?.[0]).toMatchObject({ score: 0, passed: false });
    expect(before).toEqual(emptyProgress());
  });

  it(`keeps only the newest ${maxAttemptsPerQuiz} attempts per quiz`, () => {
    let progress: Progress = emptyProgress();
    for (let index = 0; index < maxAttemptsPerQuiz + 5; index += 1) {
      progress = recordAttempt(progress, quiz, {
        seed: index,
        questionIds: ids,
        responses: {},
        finishedAt: '2025-03-01T09:30:00.000Z',
      });
    }
    const seeds = progress.attempts['m3-tools-quiz']?.map((attempt) => attempt.seed);
    expect(seeds).toHaveLength(maxAttemptsPerQuiz);
    expect(seeds?.[0]).toBe(5);
  });

  it('keeps the first completion date of a module', () => {
    expect(markModuleComplete(passed, 'm3-governance-tools', '2030-01-01T00:00:00.000Z')).toBe(passed);
    expect(markModuleComplete(passed, 'm4', '2030-01-01T00:00:00.000Z').modules['m4']).toEqual({
      completedAt: '2030-01-01T00:00:00.000Z',
    });
  });
});

describe('content hashes and changed questions', () => {
  it('flags a question whose prompt, options or answer changed, without touching the attempt', () => {
    const edited = withQuestions((questions) => {
      const first = questions[0];
      if (first?.type === 'single') first.options.reverse();
      return questions;
    });
    const [entry] = attemptsWithChanges(passed, edited);
    expect(entry?.changes).toEqual({ changed: ['first-chain'], removed: [] });
    expect(entry?.attempt).toBe(passed.attempts['m3-tools-quiz']?.[0]);
  });

  it('does not flag edits to explanation, feedback, section or concepts', () => {
    const edited = withQuestions((questions) =>
      questions.map((question) => ({
        ...question,
        explanation: { zh: '三(一)', en: '三(一)' },
        section: '三(一)',
        concepts: ['other'],
        ...(question.type === 'truefalse' && { feedbackIfTrue: { zh: '新', en: 'new' } }),
      })),
    );
    expect(attemptsWithChanges(passed, edited)[0]?.changes).toEqual({ changed: [], removed: [] });
  });

  it('reports questions removed from the quiz', () => {
    expect(
      attemptsWithChanges(
        passed,
        withQuestions((questions) => questions.slice(1)),
      )[0]?.changes,
    ).toEqual({ changed: [], removed: ['first-chain'] });
  });

  it('is stable: the same content gives the same hash whatever the key order', () => {
    const question = quiz.questions[0]!;
    const reordered = Object.fromEntries(Object.entries(question).reverse()) as typeof question;
    expect(questionContentHash(reordered)).toBe(questionContentHash(question));
    expect(questionContentHash(question)).toMatch(/^[0-9a-f]{14}$/);
  });
});

describe('exporting and importing progress', () => {
  it('imports what it exported', () => {
    expect(importProgress(exportProgress(passed))).toEqual({ ok: true, progress: passed });
  });

  it('imports an export of an older version', () => {
    expect(importProgress(v1)).toMatchObject({ ok: true, progress: { version: 2 } });
  });

  it('refuses a file that is not a progress export, saying where it is wrong', () => {
    expect(importProgress('hello')).toEqual({
      ok: false,
      error: 'The file is not a progress export (it is not valid JSON) — choose the .json file the site exported.',
    });
    const damaged = JSON.stringify({ ...passed, modules: { m1: { completedAt: 'soon' } } });
    expect(importProgress(damaged)).toEqual({
      ok: false,
      error: 'The file cannot be imported: at modules.m1.completedAt, Invalid ISO datetime.',
    });
  });
});
