import type { MatchingQuestion } from '../schema/matching.schema';
import type { OrderingQuestion } from '../schema/ordering.schema';
import type { Text } from '../schema/text.schema';
import { answeredGrade, unansweredGrade, type QuestionGrade } from './question-grade';

/**
 * What every prompt's select offers, in file order: the pairs' answers, then the distractors. The right
 * choice for pair i is index i; show them in the order presentQuiz gives.
 */
export function matchingChoices(question: MatchingQuestion): Text[] {
  return [...question.pairs.map((pair) => pair.answer), ...question.distractors];
}

/** Matching: the fraction of prompts given their own answer. */
export function gradeMatching(question: MatchingQuestion, matches: readonly (number | null)[]): QuestionGrade {
  if (!matches.some((match) => match !== null)) return unansweredGrade;
  const right = question.pairs.filter((_, index) => matches[index] === index).length;
  return answeredGrade(right / question.pairs.length);
}

/** Ordering: the fraction of positions holding the item that belongs there. */
export function gradeOrdering(question: OrderingQuestion, order: readonly (number | null)[]): QuestionGrade {
  if (!order.some((item) => item !== null)) return unansweredGrade;
  const right = question.items.filter((_, position) => order[position] === position).length;
  return answeredGrade(right / question.items.length);
}
