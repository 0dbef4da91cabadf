import type { AttemptChanges } from '~/lib/quiz/progress/attempt-changes';

/** The current questionContentHash of each question of a quiz, by question id (computed at build time). */
export type QuestionHashes = Readonly<Record<string, string>>;

/**
 * Which questions of a saved attempt no longer match the quiz as built: a different (or unknown) hash
 * means changed, a missing id means removed. Like the engine's attemptChanges, but from the build's
 * hashes, so pages without the whole quiz (the progress page) flag the same attempts.
 */
export function changesByHash(
  questions: readonly { id: string; hash: string | null }[],
  current: QuestionHashes,
): AttemptChanges {
  const changes: AttemptChanges = { changed: [], removed: [] };
  for (const saved of questions) {
    const hash = current[saved.id];
    if (hash === undefined) changes.removed.push(saved.id);
    else if (saved.hash !== hash) changes.changed.push(saved.id);
  }
  return changes;
}

/** True when an attempt has any changed or removed question. */
export function hasChanges(changes: AttemptChanges): boolean {
  return changes.changed.length > 0 || changes.removed.length > 0;
}
