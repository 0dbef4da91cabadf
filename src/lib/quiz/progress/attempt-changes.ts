import type { Quiz } from '../schema/quiz.schema';
import type { Attempt, Progress } from './progress.schema';
import { questionContentHash } from './question-content-hash';

/** Which questions of a saved attempt no longer match the quiz. */
export interface AttemptChanges {
  /** Questions whose prompt, options or answers changed since the attempt (or whose hash is unknown). */
  changed: string[];
  /** Questions no longer in the quiz. */
  removed: string[];
}

/** Compares a saved attempt with the current quiz; the attempt itself is kept, only flagged. */
export function attemptChanges(attempt: Attempt, quiz: Quiz): AttemptChanges {
  const changes: AttemptChanges = { changed: [], removed: [] };
  for (const saved of attempt.questions) {
    const question = quiz.questions.find((candidate) => candidate.id === saved.id);
    if (question === undefined) changes.removed.push(saved.id);
    else if (saved.hash !== questionContentHash(question)) changes.changed.push(saved.id);
  }
  return changes;
}

/** The saved attempts at a quiz, each with its changes (empty lists when still current). */
export function attemptsWithChanges(progress: Progress, quiz: Quiz): { attempt: Attempt; changes: AttemptChanges }[] {
  return (progress.attempts[quiz.id] ?? []).map((attempt) => ({ attempt, changes: attemptChanges(attempt, quiz) }));
}
