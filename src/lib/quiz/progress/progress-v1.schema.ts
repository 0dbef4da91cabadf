import { z } from 'zod';

/** Version 1 of saved progress: attempts without per-question content hashes, and a list of completed modules. */
export const progressV1Schema = z.object({
  /** Always 1. */
  version: z.literal(1),
  /** Attempts by quiz id: when, the score, and which questions were given. */
  attempts: z.record(
    z.string(),
    z.array(
      z.object({
        /** When the attempt was submitted, ISO 8601. */
        finishedAt: z.string(),
        /** Mean score, 0–1. */
        score: z.number().min(0).max(1),
        /** Whether the attempt passed. */
        passed: z.boolean(),
        /** Ids of the questions given. */
        questionIds: z.array(z.string()),
      }),
    ),
  ),
  /** Slugs of completed modules. */
  completedModules: z.array(z.string()),
});
export type ProgressV1 = z.infer<typeof progressV1Schema>;
