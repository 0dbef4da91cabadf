import type { Progress } from '~/lib/quiz/progress/progress.schema';
import type { Draft } from './draft-store';
import { changesByHash, hasChanges, type QuestionHashes } from './hash-changes';

/** Where a student stands in a module. */
export type ModuleStatus = 'not-started' | 'in-progress' | 'passed';

/** What the progress page knows about a module at build time. */
export interface ModuleEntry {
  slug: string;
  /** The module's quiz, when it has one. */
  quizId: string | undefined;
  prerequisites: readonly string[];
  /** Current content hashes of the quiz's questions, by question id. */
  hashes: QuestionHashes;
}

/** A module's row of the progress page. */
export interface ModuleProgress {
  slug: string;
  status: ModuleStatus;
  /** Best score of a finished attempt, 0–1; null before the first. */
  best: number | null;
  /** Finished attempts kept in the progress. */
  attempts: number;
  /** Finished attempts with a question that changed or was removed since. */
  changedAttempts: number;
}

/**
 * A module's status: passed once it is marked complete or any attempt passed; in progress with a
 * finished attempt or an answered unfinished one; otherwise not started.
 */
export function moduleProgress(
  entry: ModuleEntry,
  progress: Progress,
  drafts: Readonly<Record<string, Draft>>,
): ModuleProgress {
  const attempts = entry.quizId === undefined ? [] : (progress.attempts[entry.quizId] ?? []);
  const draft = entry.quizId === undefined ? undefined : drafts[entry.quizId];
  const passed = progress.modules[entry.slug] !== undefined || attempts.some((attempt) => attempt.passed);
  const started = attempts.length > 0 || (draft !== undefined && Object.keys(draft.responses).length > 0);
  return {
    slug: entry.slug,
    status: passed ? 'passed' : started ? 'in-progress' : 'not-started',
    best: attempts.length === 0 ? null : Math.max(...attempts.map((attempt) => attempt.score)),
    attempts: attempts.length,
    changedAttempts: attempts.filter((attempt) => hasChanges(changesByHash(attempt.questions, entry.hashes))).length,
  };
}

/**
 * The module to take next: the first, in course order, that is not passed and whose prerequisites
 * are all passed; undefined when every module is passed (or none can be taken).
 */
export function nextModule(entries: readonly ModuleEntry[], rows: readonly ModuleProgress[]): string | undefined {
  const passed = new Set(rows.filter((row) => row.status === 'passed').map((row) => row.slug));
  const known = new Set(entries.map((entry) => entry.slug));
  // A prerequisite that names no module cannot be passed; the course check reports it, so it is skipped here.
  const ready = (entry: ModuleEntry) => entry.prerequisites.every((slug) => passed.has(slug) || !known.has(slug));
  return entries.find((entry) => !passed.has(entry.slug) && ready(entry))?.slug;
}
