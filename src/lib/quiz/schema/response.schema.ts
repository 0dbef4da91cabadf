import { z } from 'zod';

const position = z.number().int().min(0).nullable();

/** What a student answered to one question; `type` (in each variant) names the question type it answers. */
export const responseSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('single'),
    /** Id of the chosen option; null when none is chosen. */
    choice: z.string().nullable(),
  }),
  z.strictObject({
    type: z.literal('multiple'),
    /** Ids of the ticked options. */
    choices: z.array(z.string()),
  }),
  z.strictObject({
    type: z.literal('truefalse'),
    /** The student's answer; null when not answered. */
    answer: z.boolean().nullable(),
  }),
  z.strictObject({
    type: z.literal('matching'),
    /** For each pair (file order), the index into matchingChoices(question) chosen for its prompt; null when unset. */
    matches: z.array(position),
  }),
  z.strictObject({
    type: z.literal('ordering'),
    /** For each position, the file-order index of the item the student put there; null when unset. */
    order: z.array(position),
  }),
  z.strictObject({
    type: z.literal('short'),
    /** The typed answer as entered. */
    text: z.string(),
  }),
  z.strictObject({
    type: z.literal('numeric'),
    /** The typed number as entered, e.g. "3.14" or "３，５"; parsed when graded. */
    text: z.string(),
  }),
]);
export type Response = z.infer<typeof responseSchema>;
