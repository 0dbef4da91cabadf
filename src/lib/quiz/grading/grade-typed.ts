import { numericBounds, type NumericQuestion } from '../schema/numeric.schema';
import type { ShortQuestion } from '../schema/short.schema';
import type { Text } from '../schema/text.schema';
import { normaliseShortAnswer } from './normalise-short-answer';
import { parseNumericAnswer } from './parse-numeric-answer';
import { answeredGrade, feedbackFor, unansweredGrade, type QuestionGrade } from './question-grade';

/** The best-credit answer among those that match, as a grade (0 when none matches). */
function bestMatch(
  answers: readonly { credit: number; feedback?: Text | undefined }[],
  matches: (index: number) => boolean,
) {
  let best: number | undefined;
  answers.forEach((answer, index) => {
    if (matches(index) && (best === undefined || answer.credit > (answers[best]?.credit ?? 0))) best = index;
  });
  const answer = best === undefined ? undefined : answers[best];
  return answeredGrade(answer?.credit ?? 0, feedbackFor([[`answer-${String(best)}`, answer?.feedback]]));
}

/** Short answer: the credit of the best accepted answer equal to the response after normaliseShortAnswer. */
export function gradeShort(question: ShortQuestion, text: string): QuestionGrade {
  const typed = normaliseShortAnswer(text);
  if (typed === '') return unansweredGrade;
  return bestMatch(question.answers, (index) => {
    const answer = question.answers[index]?.text;
    return (
      answer !== undefined && (normaliseShortAnswer(answer.zh) === typed || normaliseShortAnswer(answer.en) === typed)
    );
  });
}

/** Numeric: the credit of the best answer whose range (value ± tolerance, or min..max) holds the number. */
export function gradeNumeric(question: NumericQuestion, text: string): QuestionGrade {
  if (text.trim() === '') return unansweredGrade;
  const value = parseNumericAnswer(text);
  if (value === null) return answeredGrade(0);
  return bestMatch(question.answers, (index) => {
    const answer = question.answers[index];
    if (answer === undefined) return false;
    const { min, max } = numericBounds(answer);
    // Decimal input like 3.15 is not exactly representable; allow a rounding error's worth of slack.
    const slack = 1e-9 * Math.max(1, Math.abs(min), Math.abs(max));
    return value >= min - slack && value <= max + slack;
  });
}
