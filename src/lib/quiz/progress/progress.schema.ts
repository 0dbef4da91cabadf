import { z } from 'zod';
import { responseSchema } from '../schema/response.schema';

/** The version of the saved-progress format that this code writes. */
export const progressVersion = 2;

/** At most this many attempts are kept per quiz (the newest), so localStorage does not fill up. */
export const maxAttemptsPerQuiz = 20;

/** One question of a saved attempt. */
export const attemptQuestionSchema = z.strictObject({
  /** The question's id in the quiz file. */
  id: z.string(),
  /** questionContentHash when the attempt was made; null if unknown (saved before version 2), which counts as changed. */
  hash: z.string().nullable(),
  /** Score earned, 0–1; absent when unknown (saved before version 2). */
  score: z.number().min(0).max(1).optional(),
  /** What the student answered; absent when unanswered or unknown. */
  response: responseSchema.optional(),
});
export type AttemptQuestion = z.infer<typeof attemptQuestionSchema>;

/** One submitted attempt at a quiz. */
export const attemptSchema = z.strictObject({
  /** When the attempt was submitted, ISO 8601 (e.g. 2025-03-01T09:30:00.000Z). */
  finishedAt: z.iso.datetime({ offset: true }),
  /** The seed that drew and shuffled the questions, to show the attempt again; absent before version 2. */
  seed: z.number().int().optional(),
  /** Mean score of the attempt, 0–1. */
  score: z.number().min(0).max(1),
  /** Whether the attempt reached the quiz's pass mark at the time. */
  passed: z.boolean(),
  /** The questions the student was given, in the order shown. */
  questions: z.array(attemptQuestionSchema),
});
export type Attempt = z.infer<typeof attemptSchema>;

/** A completed module. */
export const moduleCompletionSchema = z.strictObject({
  /** When the module was completed, ISO 8601; absent when unknown (saved before version 2). */
  completedAt: z.iso.datetime({ offset: true }).optional(),
});

/** What the browser keeps in localStorage about one student's progress. */
export const progressSchema = z.strictObject({
  /** Format version; older versions are migrated when loaded. */
  version: z.literal(progressVersion),
  /** Attempts by quiz id, oldest first, at most maxAttemptsPerQuiz each. */
  attempts: z.record(z.string(), z.array(attemptSchema)),
  /** Completed modules by module slug. */
  modules: z.record(z.string(), moduleCompletionSchema),
});
export type Progress = z.infer<typeof progressSchema>;

/** Progress of a student who has done nothing yet. */
export function emptyProgress(): Progress {
  return { version: progressVersion, attempts: {}, modules: {} };
}
