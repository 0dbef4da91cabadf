import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuizFile } from '~/lib/quiz/file/parse-quiz-file';
import { drawQuestions, presentQuiz } from '~/lib/quiz/random/present-quiz';
import { mulberry32, seedFromString } from '~/lib/random/seeded-random';
import { shuffle } from '~/lib/quiz/random/shuffle';
import { quizSchema } from '~/lib/quiz/schema/quiz.schema';
import { anyQuiz } from '../fixtures/quiz/arbitraries';

const { quiz } = parseQuizFile(readFileSync('tests/fixtures/quiz/all-types.yaml', 'utf8'), 'all-types.yaml');
const seed = fc.integer({ min: 0, max: 2 ** 32 - 1 });
const sorted = <T>(items: readonly T[]) => [...items].sort();

describe('seeded shuffling', () => {
  it('returns a permutation of the items and leaves the input alone', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), seed, (items, s) => {
        const copy = [...items];
        const shuffled = shuffle(items, s);
        expect(sorted(shuffled)).toEqual(sorted(items));
        expect(items).toEqual(copy);
      }),
    );
  });

  it('gives the same order for the same seed', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), seed, (items, s) => {
        expect(shuffle(items, s)).toEqual(shuffle(items, s));
      }),
    );
  });

  it('gives different orders for different seeds', () => {
    const items = Array.from({ length: 20 }, (_, index) => index);
    const orders = new Set([1, 2, 3, 4, 5].map((s) => shuffle(items, s).join(',')));
    expect(orders.size).toBe(5);
  });

  it('produces the same random numbers on every run (mulberry32 reference values)', () => {
    const random = mulberry32(1);
    expect([random(), random(), random()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
    expect(seedFromString('m1-quiz')).toBe(seedFromString('m1-quiz'));
  });
});

describe('presenting a quiz', () => {
  it('draws drawCount distinct questions from the pool, the same ones for the same seed', () => {
    fc.assert(
      fc.property(anyQuiz, seed, (input, s) => {
        const generated = quizSchema.parse(input);
        const drawn = drawQuestions(generated, s);
        expect(drawn).toHaveLength(generated.drawCount ?? generated.questions.length);
        expect(new Set(drawn.map((question) => question.id)).size).toBe(drawn.length);
        expect(drawn.every((question) => generated.questions.includes(question))).toBe(true);
        expect(drawQuestions(generated, s)).toEqual(drawn);
      }),
    );
  });

  it('keeps file order when shuffle is off', () => {
    const fixed = { ...quiz, shuffle: false, drawCount: 4 };
    const drawn = drawQuestions(fixed, 99).map((question) => quiz.questions.indexOf(question));
    expect(drawn).toEqual([...drawn].sort((a, b) => a - b));
  });

  it('gives each question a display order that is a permutation of its options, choices or items', () => {
    for (const s of [1, 2, 3]) {
      for (const { question, order } of presentQuiz(quiz, s)) {
        const size = { single: 3, multiple: 3, matching: 4, ordering: 5 }[question.type as string] ?? 0;
        expect(sorted(order)).toEqual(Array.from({ length: size }, (_, index) => index).sort());
      }
    }
  });

  it('never starts an ordering question in the right order', () => {
    const ordering = quiz.questions.filter((question) => question.type === 'ordering');
    for (let s = 0; s < 200; s += 1) {
      const [presented] = presentQuiz({ ...quiz, questions: ordering }, s);
      expect(presented?.order).not.toEqual([0, 1, 2, 3, 4]);
    }
  });

  it('shuffles matching choices even when the quiz does not shuffle, since their order would give the answer away', () => {
    const matching = quiz.questions.filter((question) => question.type === 'matching');
    const orders = new Set(
      [1, 2, 3, 4, 5, 6].map((s) => presentQuiz({ ...quiz, shuffle: false, questions: matching }, s)[0]?.order.join()),
    );
    expect(orders.size).toBeGreaterThan(1);
  });
});
