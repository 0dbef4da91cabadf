import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHans } from '~/lib/i18n/to-hans';
import { correctResponse } from '~/lib/quiz/grading/correct-response';
import { gradeAttempt } from '~/lib/quiz/grading/grade-attempt';
import { gradeQuestion } from '~/lib/quiz/grading/grade-question';
import { questionSchema, type Question } from '~/lib/quiz/schema/question.schema';
import type { Response } from '~/lib/quiz/schema/response.schema';
import { shortQuestionSchema } from '~/lib/quiz/schema/short.schema';
import { numericQuestionSchema } from '~/lib/quiz/schema/numeric.schema';
import { quizSchema } from '~/lib/quiz/schema/quiz.schema';
import { anyQuestion, anyQuiz } from '../fixtures/quiz/arbitraries';

const position = fc.option(fc.integer({ min: -1, max: 6 }), { nil: null });

/** Any response a student (or a buggy page) could send to the question, right type or not. */
const anyResponseFor = (question: Question): fc.Arbitrary<Response> => {
  const ids = [...('options' in question ? question.options.map((option) => option.id) : []), 'unknown'];
  return fc.oneof(
    fc.record({ type: fc.constant('single' as const), choice: fc.option(fc.constantFrom(...ids), { nil: null }) }),
    fc.record({ type: fc.constant('multiple' as const), choices: fc.subarray(ids) }),
    fc.record({ type: fc.constant('truefalse' as const), answer: fc.option(fc.boolean(), { nil: null }) }),
    fc.record({ type: fc.constant('matching' as const), matches: fc.array(position, { maxLength: 7 }) }),
    fc.record({ type: fc.constant('ordering' as const), order: fc.array(position, { maxLength: 7 }) }),
    fc.record({ type: fc.constant('short' as const), text: fc.string() }),
    fc.record({ type: fc.constant('numeric' as const), text: fc.oneof(fc.string(), fc.double().map(String)) }),
  );
};
const questionWithResponse = anyQuestion
  .map((input) => questionSchema.parse(input))
  .chain((question) => fc.tuple(fc.constant(question), anyResponseFor(question)));

describe('grading properties', () => {
  it('always scores between 0 and 1, and calls a response correct only at full score', () => {
    fc.assert(
      fc.property(questionWithResponse, ([question, response]) => {
        const grade = gradeQuestion(question, response);
        expect(grade.score).toBeGreaterThanOrEqual(0);
        expect(grade.score).toBeLessThanOrEqual(1);
        expect(grade.correct).toBe(grade.score === 1);
      }),
      { numRuns: 1000 },
    );
  });

  it('always gives the right answer full credit', () => {
    fc.assert(
      fc.property(anyQuestion, (input) => {
        const question = questionSchema.parse(input);
        expect(gradeQuestion(question, correctResponse(question))).toMatchObject({
          score: 1,
          correct: true,
          answered: true,
        });
      }),
      { numRuns: 500 },
    );
  });

  it('passes every quiz answered entirely right, and keeps attempt scores within 0..1', () => {
    fc.assert(
      fc.property(anyQuiz, (input) => {
        const quiz = quizSchema.parse(input);
        const right = Object.fromEntries(quiz.questions.map((question) => [question.id, correctResponse(question)]));
        expect(gradeAttempt(quiz, right)).toMatchObject({ score: 1, passed: true });
        const none = gradeAttempt(quiz, {});
        expect(none.score).toBe(0);
      }),
    );
  });
});

// Traditional characters whose Simplified forms differ, from the paper's vocabulary.
const traditional = fc.string({
  unit: fc.constantFrom(...'評估鏈處置決策預案感知數據戰鬥力韌性治理與安全質體系'.split('')),
  minLength: 1,
  maxLength: 6,
});

describe('short answers in either Chinese script', () => {
  it('accepts the zh-Hans and zh-Hant forms of an accepted answer', () => {
    fc.assert(
      fc.property(traditional, (answer) => {
        const question = shortQuestionSchema.parse({
          id: 'q',
          type: 'short',
          section: '三(四)',
          concepts: ['c'],
          prompt: { zh: '問', en: 'Q' },
          explanation: { zh: '三(四)', en: '三(四)' },
          answers: [{ text: { zh: answer, en: 'x' } }],
        });
        expect(gradeQuestion(question, { type: 'short', text: answer }).score).toBe(1);
        expect(gradeQuestion(question, { type: 'short', text: toHans(answer) }).score).toBe(1);
        expect(gradeQuestion(question, { type: 'short', text: ` ${toHans(answer)}。` }).score).toBe(1);
      }),
    );
  });
});

describe('numeric tolerance', () => {
  const numericQuestion = (value: number, tolerance: number) =>
    numericQuestionSchema.parse({
      id: 'q',
      type: 'numeric',
      section: '三(四)',
      concepts: ['c'],
      prompt: { zh: '問', en: 'Q' },
      explanation: { zh: '三(四)', en: '三(四)' },
      answers: [{ value, tolerance }],
    });
  const value = fc.double({ min: -1e4, max: 1e4, noNaN: true });
  const tolerance = fc.double({ min: 0, max: 1e3, noNaN: true });

  it('accepts every number within the tolerance', () => {
    fc.assert(
      fc.property(value, tolerance, fc.double({ min: -1, max: 1, noNaN: true }), (center, width, where) => {
        expect(
          gradeQuestion(numericQuestion(center, width), { type: 'numeric', text: String(center + where * width) })
            .score,
        ).toBe(1);
      }),
    );
  });

  it('rejects every number outside the tolerance', () => {
    fc.assert(
      fc.property(
        value,
        tolerance,
        fc.double({ min: 0.001, max: 1e3, noNaN: true }),
        fc.boolean(),
        (center, width, beyond, above) => {
          const text = String(above ? center + width + beyond : center - width - beyond);
          expect(gradeQuestion(numericQuestion(center, width), { type: 'numeric', text }).score).toBe(0);
        },
      ),
    );
  });
});
