import { z } from 'zod';
import { questionBaseShape } from './question-base.schema';
import { textSchema } from './text.schema';

/** True/false: the student says whether the prompt's statement is true. */
export const trueFalseQuestionSchema = z.strictObject({
  ...questionBaseShape,
  /** Always "truefalse". */
  type: z.literal('truefalse'),
  /** Whether the statement is true. */
  answer: z.boolean({ error: 'answer must be true or false — write answer: true or answer: false' }),
  /** Shown when the student answers "true"; optional. */
  feedbackIfTrue: textSchema.optional(),
  /** Shown when the student answers "false"; optional. */
  feedbackIfFalse: textSchema.optional(),
});
export type TrueFalseQuestion = z.infer<typeof trueFalseQuestionSchema>;
