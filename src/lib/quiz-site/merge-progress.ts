import { maxAttemptsPerQuiz, type Attempt, type Progress } from '~/lib/quiz/progress/progress.schema';

// The same attempt exported from one browser and imported twice must not count twice.
const attemptKey = (attempt: Attempt) => `${attempt.finishedAt}|${String(attempt.seed ?? '')}|${String(attempt.score)}`;

const earlier = (a: string | undefined, b: string | undefined) =>
  a === undefined ? b : b === undefined ? a : a <= b ? a : b;

/**
 * Progress from two browsers combined: every attempt of both (duplicates once, oldest first, the newest
 * maxAttemptsPerQuiz per quiz kept) and every completed module (with the earlier completion time).
 * Importing a file with "merge" uses this, so nothing already saved is lost.
 */
export function mergeProgress(current: Progress, incoming: Progress): Progress {
  const attempts: Progress['attempts'] = {};
  for (const quizId of new Set([...Object.keys(current.attempts), ...Object.keys(incoming.attempts)])) {
    const byKey = new Map<string, Attempt>();
    for (const attempt of [...(current.attempts[quizId] ?? []), ...(incoming.attempts[quizId] ?? [])]) {
      if (!byKey.has(attemptKey(attempt))) byKey.set(attemptKey(attempt), attempt);
    }
    attempts[quizId] = [...byKey.values()]
      .sort((a, b) => Date.parse(a.finishedAt) - Date.parse(b.finishedAt))
      .slice(-maxAttemptsPerQuiz);
  }
  const modules: Progress['modules'] = { ...current.modules };
  for (const [slug, completion] of Object.entries(incoming.modules)) {
    const completedAt = earlier(modules[slug]?.completedAt, completion.completedAt);
    modules[slug] = completedAt === undefined ? {} : { completedAt };
  }
  return { version: current.version, attempts, modules };
}

/** How many attempts a progress holds, over all quizzes. */
export function attemptCount(progress: Progress): number {
  return Object.values(progress.attempts).reduce((sum, list) => sum + list.length, 0);
}
