import type { MultipleQuestion } from '../schema/multiple.schema';
import type { SingleQuestion } from '../schema/single.schema';
import type { TrueFalseQuestion } from '../schema/truefalse.schema';
import { answeredGrade, feedbackFor, unansweredGrade, type QuestionGrade } from './question-grade';

/** Single choice: 1 for the correct option, the option's `credit` (default 0) for any other. */
export function gradeSingle(question: SingleQuestion, choice: string | null): QuestionGrade {
  const option = question.options.find((candidate) => candidate.id === choice);
  if (option === undefined) return unansweredGrade;
  return answeredGrade(option.correct ? 1 : (option.credit ?? 0), feedbackFor([[option.id, option.feedback]]));
}

/** Multiple response: max(0, (correct ticked − wrong ticked) / number of correct options). */
export function gradeMultiple(question: MultipleQuestion, choices: readonly string[]): QuestionGrade {
  const ticked = question.options.filter((option) => choices.includes(option.id));
  if (ticked.length === 0) return unansweredGrade;
  const correctCount = question.options.filter((option) => option.correct).length;
  const right = ticked.filter((option) => option.correct).length;
  const wrong = ticked.length - right;
  return answeredGrade(
    Math.max(0, (right - wrong) / correctCount),
    feedbackFor(ticked.map((option) => [option.id, option.feedback])),
  );
}

/** True/false: 1 for the right answer, 0 for the other. */
export function gradeTrueFalse(question: TrueFalseQuestion, answer: boolean | null): QuestionGrade {
  if (answer === null) return unansweredGrade;
  const feedback = answer ? question.feedbackIfTrue : question.feedbackIfFalse;
  return answeredGrade(answer === question.answer ? 1 : 0, feedbackFor([[String(answer), feedback]]));
}
