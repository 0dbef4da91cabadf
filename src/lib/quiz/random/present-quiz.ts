import { matchingChoices } from '../grading/grade-arrangement';
import type { Question } from '../schema/question.schema';
import type { Quiz } from '../schema/quiz.schema';
import { seedFromString } from '~/lib/random/seeded-random';
import { shuffle } from './shuffle';

/** A question as shown in one attempt. */
export interface PresentedQuestion {
  question: Question;
  /**
   * Display order, as file-order indices, of the question's options (single, multiple), select choices
   * (matching, see matchingChoices) or starting item order (ordering); empty for other types.
   */
  order: number[];
}

/** The questions of one attempt: drawCount of them drawn with the seed (all when unset), shuffled when quiz.shuffle. */
export function drawQuestions(quiz: Quiz, seed: number): Question[] {
  const drawn =
    quiz.drawCount === undefined ? [...quiz.questions] : shuffle(quiz.questions, seed).slice(0, quiz.drawCount);
  if (quiz.shuffle) return quiz.drawCount === undefined ? shuffle(drawn, seed) : drawn;
  return quiz.questions.filter((question) => drawn.includes(question));
}

const indices = (length: number) => Array.from({ length }, (_, index) => index);

/** The display order of a question's parts; matching choices and ordering items are always shuffled. */
export function presentationOrder(question: Question, seed: number, shuffleOptions: boolean): number[] {
  const questionSeed = seedFromString(`${String(seed)}:${question.id}`);
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const order = indices(question.options.length);
      return shuffleOptions ? shuffle(order, questionSeed) : order;
    }
    case 'matching':
      return shuffle(indices(matchingChoices(question).length), questionSeed);
    case 'ordering': {
      // Starting in the right order would give the answer away, so rotate an unshuffled result.
      const order = shuffle(indices(question.items.length), questionSeed);
      return order.every((item, position) => item === position) ? [...order.slice(1), ...order.slice(0, 1)] : order;
    }
    default:
      return [];
  }
}

/** Everything one attempt shows, re-creatable from the quiz and the seed. */
export function presentQuiz(quiz: Quiz, seed: number): PresentedQuestion[] {
  return drawQuestions(quiz, seed).map((question) => ({
    question,
    order: presentationOrder(question, seed, quiz.shuffle),
  }));
}
