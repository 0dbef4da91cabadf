import { presentationOrder, presentQuiz } from '~/lib/quiz/random/present-quiz';
import type { Question } from '~/lib/quiz/schema/question.schema';
import type { Quiz } from '~/lib/quiz/schema/quiz.schema';
import type { Draft } from './draft-store';
import type { QuestionHashes } from './hash-changes';

/** A question as one attempt shows it: the question and the display order of its parts (see presentQuiz). */
export interface ShownQuestion {
  question: Question;
  order: number[];
}

/** A fresh attempt: the questions presentQuiz draws with `seed`, with their current content hashes. */
export function newDraft(
  quiz: Quiz,
  mode: Draft['mode'],
  seed: number,
  startedAt: string,
  hashes: QuestionHashes,
): Draft {
  return {
    mode,
    seed,
    startedAt,
    questions: presentQuiz(quiz, seed).map(({ question }) => ({ id: question.id, hash: hashes[question.id] ?? '' })),
    responses: {},
    checked: [],
  };
}

/**
 * The questions of a saved attempt, in its order, as the quiz is now. The attempt's own list is used
 * rather than re-drawing from the seed, so adding a question to the pool does not change an attempt
 * under way; questions removed since are left out.
 */
export function shownQuestions(quiz: Quiz, draft: Draft): ShownQuestion[] {
  return draft.questions.flatMap(({ id }) => {
    const question = quiz.questions.find((candidate) => candidate.id === id);
    return question === undefined ? [] : [{ question, order: presentationOrder(question, draft.seed, quiz.shuffle) }];
  });
}

/** Ids of the attempt's questions whose content changed since it started (they are flagged, not reset). */
export function changedSinceStart(draft: Draft, hashes: QuestionHashes): Set<string> {
  return new Set(
    draft.questions.filter(({ id, hash }) => hashes[id] !== undefined && hashes[id] !== hash).map(({ id }) => id),
  );
}

/** A seed for a new attempt from the browser's random source (any 32-bit number). */
export function randomSeed(): number {
  return globalThis.crypto.getRandomValues(new Uint32Array(1))[0] ?? Date.now() >>> 0;
}

/** A seed given in the page's address (`?seed=123`), to show one attempt again; undefined when absent or not a number. */
export function seedFromSearch(search: string): number | undefined {
  const value = new URLSearchParams(search).get('seed');
  if (value === null || !/^\d{1,10}$/.test(value)) return undefined;
  const seed = Number(value);
  return seed <= 0xffffffff ? seed : undefined;
}
