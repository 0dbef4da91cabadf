import { describe, expect, it } from 'vitest';
import { emptyProgress, maxAttemptsPerQuiz, type Attempt, type Progress } from '~/lib/quiz/progress/progress.schema';
import type { Draft } from '~/lib/quiz-site/draft-store';
import { changesByHash } from '~/lib/quiz-site/hash-changes';
import { attemptCount, mergeProgress } from '~/lib/quiz-site/merge-progress';
import { type ModuleEntry, moduleProgress, nextModule } from '~/lib/quiz-site/module-status';

const at = (minute: number) => `2025-03-01T09:${String(minute).padStart(2, '0')}:00.000Z`;
const attempt = (minute: number, score: number, hash = 'h1'): Attempt => ({
  finishedAt: at(minute),
  seed: minute,
  score,
  passed: score >= 0.7,
  questions: [{ id: 'q1', hash, score }],
});
const entry = (slug: string, prerequisites: string[] = []): ModuleEntry => ({
  slug,
  quizId: `${slug}-quiz`,
  prerequisites,
  hashes: { q1: 'h1' },
});
const course = [
  entry('intro'),
  entry('value', ['intro']),
  entry('tools', ['intro']),
  entry('capstone', ['value', 'tools']),
];
const draft: Draft = {
  mode: 'practice',
  seed: 1,
  startedAt: at(0),
  questions: [{ id: 'q1', hash: 'h1' }],
  responses: { q1: { type: 'truefalse', answer: true } },
  checked: [],
};

describe('changes since an attempt', () => {
  it('flags a question whose hash differs or is unknown as changed, and a missing one as removed', () => {
    expect(
      changesByHash(
        [
          { id: 'same', hash: 'a' },
          { id: 'edited', hash: 'b' },
          { id: 'old', hash: null },
          { id: 'gone', hash: 'c' },
        ],
        { same: 'a', edited: 'B', old: 'x' },
      ),
    ).toEqual({ changed: ['edited', 'old'], removed: ['gone'] });
  });
});

describe('a module on the progress page', () => {
  it('is not started with nothing saved, and not started by an unanswered draft', () => {
    expect(moduleProgress(entry('intro'), emptyProgress(), {})).toEqual({
      slug: 'intro',
      status: 'not-started',
      best: null,
      attempts: 0,
      changedAttempts: 0,
    });
    expect(moduleProgress(entry('intro'), emptyProgress(), { 'intro-quiz': { ...draft, responses: {} } }).status).toBe(
      'not-started',
    );
  });

  it('is in progress with an answered draft or a failed attempt, and passed after a passing one', () => {
    expect(moduleProgress(entry('intro'), emptyProgress(), { 'intro-quiz': draft }).status).toBe('in-progress');
    const failed: Progress = { ...emptyProgress(), attempts: { 'intro-quiz': [attempt(1, 0.4), attempt(2, 0.6)] } };
    expect(moduleProgress(entry('intro'), failed, {})).toMatchObject({ status: 'in-progress', best: 0.6, attempts: 2 });
    const passed: Progress = { ...failed, attempts: { 'intro-quiz': [attempt(1, 0.4), attempt(3, 0.9)] } };
    expect(moduleProgress(entry('intro'), passed, {})).toMatchObject({ status: 'passed', best: 0.9 });
  });

  it('stays passed once completed, and counts attempts whose questions changed since', () => {
    const progress: Progress = {
      ...emptyProgress(),
      attempts: { 'intro-quiz': [attempt(1, 0.5, 'old-hash'), attempt(2, 0.5)] },
      modules: { intro: { completedAt: at(5) } },
    };
    expect(moduleProgress(entry('intro'), progress, {})).toMatchObject({ status: 'passed', changedAttempts: 1 });
  });
});

describe('the next module to take', () => {
  const rows = (passed: string[]) =>
    course.map((module) => ({
      slug: module.slug,
      status: passed.includes(module.slug) ? ('passed' as const) : ('not-started' as const),
      best: null,
      attempts: 0,
      changedAttempts: 0,
    }));

  it('is the first module, in course order, not passed and with every prerequisite passed', () => {
    expect(nextModule(course, rows([]))).toBe('intro');
    expect(nextModule(course, rows(['intro']))).toBe('value');
    expect(nextModule(course, rows(['intro', 'value']))).toBe('tools');
    expect(nextModule(course, rows(['intro', 'value', 'tools']))).toBe('capstone');
  });

  it('is none when every module is passed, or when nothing open has its prerequisites', () => {
    expect(nextModule(course, rows(['intro', 'value', 'tools', 'capstone']))).toBeUndefined();
    expect(nextModule([entry('late', ['intro']), entry('intro', ['late'])], [])).toBeUndefined();
  });

  it('ignores a prerequisite that names no module', () => {
    expect(nextModule([entry('intro', ['missing'])], [])).toBe('intro');
  });
});

describe('merging imported progress', () => {
  const mine: Progress = {
    ...emptyProgress(),
    attempts: { 'intro-quiz': [attempt(1, 0.5), attempt(3, 0.8)] },
    modules: { intro: { completedAt: at(3) } },
  };
  const theirs: Progress = {
    ...emptyProgress(),
    attempts: { 'intro-quiz': [attempt(2, 0.6), attempt(3, 0.8)], 'value-quiz': [attempt(4, 0.9)] },
    modules: { intro: { completedAt: at(2) }, value: { completedAt: at(4) } },
  };

  it('keeps every attempt of both once, oldest first, and the earlier completion of a module', () => {
    const merged = mergeProgress(mine, theirs);
    expect(merged.attempts['intro-quiz']?.map((a) => a.finishedAt)).toEqual([at(1), at(2), at(3)]);
    expect(merged.attempts['value-quiz']).toHaveLength(1);
    expect(merged.modules).toEqual({ intro: { completedAt: at(2) }, value: { completedAt: at(4) } });
    expect(attemptCount(merged)).toBe(4);
  });

  it('is unchanged by merging the same file twice, and keeps only the newest attempts per quiz', () => {
    expect(mergeProgress(mergeProgress(mine, theirs), theirs)).toEqual(mergeProgress(mine, theirs));
    const many: Progress = {
      ...emptyProgress(),
      attempts: { 'intro-quiz': Array.from({ length: maxAttemptsPerQuiz + 5 }, (_, index) => attempt(index, 0.1)) },
    };
    const merged = mergeProgress(emptyProgress(), many);
    expect(merged.attempts['intro-quiz']).toHaveLength(maxAttemptsPerQuiz);
    expect(merged.attempts['intro-quiz']?.[0]?.finishedAt).toBe(at(5));
  });
});
