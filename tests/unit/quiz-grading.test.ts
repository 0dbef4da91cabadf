import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseQuizFile } from '~/lib/quiz/file/parse-quiz-file';
import { correctResponse } from '~/lib/quiz/grading/correct-response';
import { gradeAttempt } from '~/lib/quiz/grading/grade-attempt';
import { gradeQuestion } from '~/lib/quiz/grading/grade-question';
import { normaliseShortAnswer } from '~/lib/quiz/grading/normalise-short-answer';
import { parseNumericAnswer } from '~/lib/quiz/grading/parse-numeric-answer';
import type { Question } from '~/lib/quiz/schema/question.schema';

const { quiz } = parseQuizFile(readFileSync('tests/fixtures/quiz/all-types.yaml', 'utf8'), 'all-types.yaml');
const get = <T extends Question['type']>(type: T) =>
  quiz.questions.find((question) => question.type === type) as Extract<Question, { type: T }>;

describe('grading single choice', () => {
  const question = get('single');
  it('gives full credit and the option’s feedback for the correct option', () => {
    expect(gradeQuestion(question, { type: 'single', choice: 'perception' })).toEqual({
      score: 1,
      correct: true,
      answered: true,
      feedback: [
        {
          choice: 'perception',
          text: { zh: '對，一切從收集感知數據開始。', en: 'Right — everything starts from collecting sensing data.' },
        },
      ],
    });
  });
  it('gives a wrong option its partial credit', () => {
    expect(gradeQuestion(question, { type: 'single', choice: 'assessment' })).toMatchObject({
      score: 0.25,
      correct: false,
    });
  });
  it('gives 0 and no feedback for a wrong option without feedback', () => {
    expect(gradeQuestion(question, { type: 'single', choice: 'disposal' })).toEqual({
      score: 0,
      correct: false,
      answered: true,
      feedback: [],
    });
  });
  it('treats no choice, an unknown option id or a response of another type as unanswered', () => {
    for (const response of [
      { type: 'single', choice: null },
      { type: 'single', choice: 'zzz' },
      { type: 'truefalse', answer: true },
    ] as const) {
      expect(gradeQuestion(question, response)).toEqual({ score: 0, correct: false, answered: false, feedback: [] });
    }
    expect(gradeQuestion(question, undefined).answered).toBe(false);
  });
});

describe('grading multiple response: max(0, (right ticked − wrong ticked) / right options)', () => {
  const question = get('multiple');
  it.each([
    { choices: ['big-data', 'knowledge-graph'], score: 1 },
    { choices: ['big-data'], score: 0.5 },
    { choices: ['big-data', 'knowledge-graph', 'beidou'], score: 0.5 },
    { choices: ['big-data', 'beidou'], score: 0 },
    { choices: ['beidou'], score: 0 },
  ])('scores $choices as $score', ({ choices, score }) => {
    expect(gradeQuestion(question, { type: 'multiple', choices }).score).toBe(score);
  });
  it('returns the feedback of each ticked option that has some', () => {
    expect(
      gradeQuestion(question, { type: 'multiple', choices: ['big-data', 'beidou'] }).feedback.map(
        (entry) => entry.choice,
      ),
    ).toEqual(['beidou']);
  });
});

describe('grading true/false', () => {
  const question = get('truefalse');
  it('gives 1 for the right answer and 0 with the matching feedback for the other', () => {
    expect(gradeQuestion(question, { type: 'truefalse', answer: false })).toMatchObject({ score: 1, feedback: [] });
    expect(gradeQuestion(question, { type: 'truefalse', answer: true })).toMatchObject({
      score: 0,
      feedback: [{ choice: 'true', text: { en: 'No — the disposal chain is the last link.' } }],
    });
  });
});

describe('grading matching and ordering', () => {
  it('scores matching by the fraction of prompts given their own answer', () => {
    expect(gradeQuestion(get('matching'), { type: 'matching', matches: [0, 1, 2] }).score).toBe(1);
    expect(gradeQuestion(get('matching'), { type: 'matching', matches: [0, 3, null] }).score).toBeCloseTo(1 / 3);
  });
  it('scores ordering by the fraction of positions holding their own item', () => {
    expect(gradeQuestion(get('ordering'), { type: 'ordering', order: [0, 1, 2, 3, 4] }).score).toBe(1);
    expect(gradeQuestion(get('ordering'), { type: 'ordering', order: [1, 0, 2, 3, 4] }).score).toBe(0.6);
    expect(gradeQuestion(get('ordering'), { type: 'ordering', order: [null, null, null, null, null] }).answered).toBe(
      false,
    );
  });
});

describe('grading short answers', () => {
  const question = get('short');
  it.each([
    '評估鏈',
    '评估链',
    ' 評估 鏈。',
    'Assessment Chain',
    'ASSESSMENT-CHAIN!',
    'ａｓｓｅｓｓｍｅｎｔ　ｃｈａｉｎ',
  ])('accepts %j', (text) => {
    expect(gradeQuestion(question, { type: 'short', text })).toMatchObject({ score: 1, correct: true });
  });
  it('gives the partial answer its credit and feedback', () => {
    expect(gradeQuestion(question, { type: 'short', text: '评估' })).toMatchObject({
      score: 0.5,
      feedback: [{ choice: 'answer-1' }],
    });
  });
  it('rejects a different answer and treats blank input as unanswered', () => {
    expect(gradeQuestion(question, { type: 'short', text: '處置鏈' })).toMatchObject({ score: 0, answered: true });
    expect(gradeQuestion(question, { type: 'short', text: '  ' }).answered).toBe(false);
  });
  it('folds width, script, case, punctuation and spaces', () => {
    expect(normaliseShortAnswer('  新質公安 戰鬥力！ ')).toBe('新质公安战斗力');
    expect(normaliseShortAnswer('Ulysses  S. Grant')).toBe('ulysses s grant');
    expect(normaliseShortAnswer('5G 技術')).toBe('5g技术');
  });
});

describe('grading numbers', () => {
  const question = get('numeric');
  it.each([
    { text: '27.5', score: 1 },
    { text: '27.6', score: 1 },
    { text: '２７．４', score: 1 },
    { text: '27,5', score: 1 },
    { text: '27.7', score: 0.5 },
    { text: '35', score: 0.5 },
    { text: '36', score: 0 },
    { text: 'many', score: 0 },
  ])('scores $text as $score', ({ text, score }) => {
    expect(gradeQuestion(question, { type: 'numeric', text }).score).toBe(score);
  });
  it('reads typed numbers in the forms students use', () => {
    expect([' 1,234.5 ', '−3', '3,5', '1e3', '.5', 'abc', '', '1,2,3'].map(parseNumericAnswer)).toEqual([
      1234.5,
      -3,
      3.5,
      1000,
      0.5,
      null,
      null,
      null,
    ]);
  });
});

describe('grading an attempt', () => {
  it('averages question scores, counting unanswered questions as 0', () => {
    const responses = {
      'first-chain': correctResponse(get('single')),
      'disposal-first': { type: 'truefalse' as const, answer: true },
    };
    const grade = gradeAttempt(quiz, responses, ['first-chain', 'disposal-first', 'chain-order']);
    expect(grade.score).toBeCloseTo(1 / 3);
    expect(grade.passed).toBe(false);
    expect(Object.keys(grade.perQuestion)).toEqual(['first-chain', 'disposal-first', 'chain-order']);
  });
  it('passes at the pass mark exactly', () => {
    const responses = Object.fromEntries(
      quiz.questions.slice(0, 3).map((question) => [question.id, correctResponse(question)]),
    );
    const grade = gradeAttempt(
      { ...quiz, passMark: 0.6 },
      responses,
      quiz.questions.slice(0, 5).map((question) => question.id),
    );
    expect(grade).toMatchObject({ score: 0.6, passed: true });
  });
  it('skips question ids that are no longer in the quiz', () => {
    expect(Object.keys(gradeAttempt(quiz, {}, ['gone', 'first-chain']).perQuestion)).toEqual(['first-chain']);
  });
});
