import { describe, expect, it } from 'vitest';
import { checkCourse, formatCourseProblem } from '~/lib/course-check';

// Each fixture in tests/fixtures/course-broken/ is a small valid course with one kind of mistake.
const root = 'tests/fixtures/course-broken';
const problemsIn = (fixture: string) =>
  checkCourse({ root, contentDir: `${fixture}/content`, graphFiles: ['graph.jsonl'] }).problems.map(
    formatCourseProblem,
  );

describe('quiz references', () => {
  it('reports a module without a quiz once the quizzes folder exists', () => {
    expect(problemsIn('module-without-quiz')).toEqual([
      'module-without-quiz/content/modules/zh-Hant/beta.mdx:1:1: module "beta" has no quiz — create module-without-quiz/content/quizzes/beta.yaml with module: beta (see docs/quiz-format.md)',
    ]);
  });

  it('reports a quiz whose module does not exist', () => {
    expect(problemsIn('quiz-of-unknown-module')).toEqual([
      'quiz-of-unknown-module/content/quizzes/gamma.yaml:2:9: quiz names module "gamma", which does not exist — write the slug of a module',
    ]);
  });

  it('reports a quiz file named after one module that says it belongs to another', () => {
    expect(problemsIn('quiz-names-another-module')).toEqual([
      "quiz-names-another-module/content/quizzes/beta.yaml:2:9: quiz file beta.yaml says module: alpha — a module's quiz is found by its file name: write module: beta, or rename the file to alpha.yaml",
    ]);
  });
});

describe('quiz content', () => {
  it('reports a question whose concept key is not in the graph, at its line', () => {
    expect(problemsIn('quiz-unknown-concept')).toEqual([
      'quiz-unknown-concept/content/quizzes/beta.yaml:10:16: question "first-chain": unknown concept key "chain-perceptoin" — use a key from the graph (did you mean "chain-perception"?) (see /concepts/)',
    ]);
  });

  it('reports what the quiz engine finds wrong in a question, at its line', () => {
    expect(problemsIn('quiz-invalid-question')).toEqual([
      'quiz-invalid-question/content/quizzes/beta.yaml:13:7: question "first-chain": single-choice question has no correct option — mark exactly one option with correct: true',
    ]);
  });
});
