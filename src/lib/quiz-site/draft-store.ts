import { z } from 'zod';
import { responseSchema } from '~/lib/quiz/schema/response.schema';
import type { KeyValueStore } from './key-value-store';
import { keepUnreadable } from './progress-store';

/** The localStorage key of unfinished (and the latest finished) attempts, one per quiz. */
export const draftsStorageKey = 'nqpsce.quiz-drafts.v1';

/** The attempt a student is making (or just made) at one quiz, saved after every answer. */
export const draftSchema = z.strictObject({
  /** practice: each question is checked on its own; exam: one submission at the end. */
  mode: z.enum(['practice', 'exam']),
  /** The seed that drew and shuffled the questions (presentQuiz). */
  seed: z.number().int(),
  /** When the attempt started, ISO 8601. */
  startedAt: z.string(),
  /** The questions shown, in order, with their content hash when the attempt started. */
  questions: z.array(z.strictObject({ id: z.string(), hash: z.string() })),
  /** Answers so far, by question id. */
  responses: z.record(z.string(), responseSchema),
  /** Ids of the questions whose answer was checked (practice) or submitted (exam); they are locked. */
  checked: z.array(z.string()),
  /** Set when the attempt was finished and recorded in the progress; absent while it is open. */
  finishedAt: z.string().optional(),
});
export type Draft = z.infer<typeof draftSchema>;

const draftsSchema = z.strictObject({ version: z.literal(1), drafts: z.record(z.string(), z.unknown()) });

function readRaw(store: KeyValueStore): string | null {
  try {
    return store.getItem(draftsStorageKey);
  } catch {
    return null;
  }
}

/**
 * Every saved attempt-in-progress by quiz id. Never throws: a damaged entry is left out (and a
 * damaged file starts afresh), with the original text kept under `<key>.unreadable`.
 */
export function readDrafts(store: KeyValueStore): Record<string, Draft> {
  const raw = readRaw(store);
  if (raw === null || raw.trim() === '') return {};
  let top: z.infer<typeof draftsSchema> | undefined;
  try {
    top = draftsSchema.parse(JSON.parse(raw));
  } catch {
    top = undefined;
  }
  const drafts: Record<string, Draft> = {};
  let damaged = top === undefined;
  for (const [quizId, entry] of Object.entries(top?.drafts ?? {})) {
    const parsed = draftSchema.safeParse(entry);
    if (parsed.success) drafts[quizId] = parsed.data;
    else damaged = true;
  }
  if (damaged) {
    keepUnreadable(store, draftsStorageKey, raw);
    writeDrafts(store, drafts);
  }
  return drafts;
}

function writeDrafts(store: KeyValueStore, drafts: Record<string, Draft>): boolean {
  try {
    store.setItem(draftsStorageKey, JSON.stringify({ version: 1, drafts }));
    return true;
  } catch {
    return false;
  }
}

/** Saves (or, with undefined, forgets) one quiz's attempt, keeping the others; false when the browser refused. */
export function writeDraft(store: KeyValueStore, quizId: string, draft: Draft | undefined): boolean {
  const drafts = readDrafts(store);
  if (draft === undefined) delete drafts[quizId];
  else drafts[quizId] = draft;
  return writeDrafts(store, drafts);
}
