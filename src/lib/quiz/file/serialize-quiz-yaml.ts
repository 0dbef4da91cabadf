import { Document } from 'yaml';
import type { QuizInput } from '../schema/quiz.schema';

const quizKeys = ['id', 'module', 'title', 'passMark', 'mode', 'drawCount', 'shuffle', 'questions'];
const questionKeys = [
  'id',
  'type',
  'section',
  'concepts',
  'format',
  'prompt',
  'options',
  'answer',
  'feedbackIfTrue',
  'feedbackIfFalse',
  'pairs',
  'distractors',
  'items',
  'answers',
  'explanation',
];

/** A copy of `value` with its keys in the given order first (then any others), so written files read top-down. */
function ordered(value: object, keys: readonly string[]): Record<string, unknown> {
  const entries = Object.entries(value).filter(([, entry]) => entry !== undefined);
  const rank = (key: string) => (keys.includes(key) ? keys.indexOf(key) : keys.length);
  return Object.fromEntries(entries.sort(([a], [b]) => rank(a) - rank(b)));
}

/** Writes a quiz as YAML in the layout of docs/quiz-format.md, with an optional comment at the top. */
export function serializeQuizYaml(quiz: QuizInput, comment?: string): string {
  const data = {
    ...ordered(quiz, quizKeys),
    questions: quiz.questions.map((question) => ordered(question, questionKeys)),
  };
  const doc = new Document(data);
  if (comment !== undefined)
    doc.commentBefore = comment
      .split('\n')
      .map((line) => ` ${line}`)
      .join('\n');
  return doc.toString({ lineWidth: 0 });
}
