import { z } from 'zod';
import { migrateProgress } from './migrate-progress';
import { attemptSchema, emptyProgress, moduleCompletionSchema, type Progress } from './progress.schema';

/** What loadProgress found. */
export interface LoadedProgress {
  /** Progress to use: the saved one, what could be salvaged of it, or a fresh one. */
  progress: Progress;
  /** Set when something could not be read: a sentence to show the student. */
  recovered?: string;
  /** The saved text as it was, when something was left out, so the student can export it before it is overwritten. */
  unreadable?: string;
}

const recordOf = z.record(z.string(), z.unknown());

/** Keeps the entries that validate and counts the ones that do not. */
function salvage(
  progress: Progress,
  data: { attempts: Record<string, unknown>; modules: Record<string, unknown> },
): number {
  let dropped = 0;
  for (const [quizId, list] of Object.entries(data.attempts)) {
    const attempts = Array.isArray(list) ? list : [list];
    const valid = attempts.flatMap((attempt) => {
      const parsed = attemptSchema.safeParse(attempt);
      if (!parsed.success) dropped += 1;
      return parsed.success ? [parsed.data] : [];
    });
    if (valid.length > 0) progress.attempts[quizId] = valid;
  }
  for (const [slug, completion] of Object.entries(data.modules)) {
    const parsed = moduleCompletionSchema.safeParse(completion);
    if (parsed.success) progress.modules[slug] = parsed.data;
    else dropped += 1;
  }
  return dropped;
}

const startAfresh = (raw: string, why: string): LoadedProgress => ({
  progress: emptyProgress(),
  recovered: `Your saved progress could not be read (${why}), so it starts afresh. The old data is kept for you to export.`,
  unreadable: raw,
});

/**
 * Reads progress saved in localStorage (null when nothing is saved). Never throws: damaged JSON or a
 * wrong shape gives fresh progress, or what could be salvaged, plus a message and the raw text.
 */
export function loadProgress(raw: string | null): LoadedProgress {
  if (raw === null || raw.trim() === '') return { progress: emptyProgress() };
  try {
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      return startAfresh(raw, 'it is not valid JSON');
    }
    let migrated: unknown;
    try {
      migrated = migrateProgress(data);
    } catch (error) {
      return startAfresh(
        raw,
        error instanceof Error ? (error.message.split('\n')[0] ?? 'unknown format') : 'unknown format',
      );
    }
    const top = z.object({ attempts: recordOf, modules: recordOf }).safeParse(migrated);
    if (!top.success) return startAfresh(raw, 'it does not have the expected shape');
    const progress = emptyProgress();
    const dropped = salvage(progress, top.data);
    if (dropped === 0) return { progress };
    return {
      progress,
      recovered: `${dropped} saved ${dropped === 1 ? 'entry' : 'entries'} of your progress could not be read and ${dropped === 1 ? 'was' : 'were'} left out. The old data is kept for you to export.`,
      unreadable: raw,
    };
  } catch (error) {
    return startAfresh(raw, error instanceof Error ? error.message : 'unexpected error');
  }
}
