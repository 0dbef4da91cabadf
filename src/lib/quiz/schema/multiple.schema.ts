import { z } from 'zod';
import { checkUniqueOptionIds, choiceOptionSchema } from './choice-option.schema';
import { questionBaseShape } from './question-base.schema';

/**
 * Multiple response: the student ticks any number of options. Partial credit:
 * score = max(0, (correct ticked − wrong ticked) / number of correct options).
 */
export const multipleQuestionSchema = z
  .strictObject({
    ...questionBaseShape,
    /** Always "multiple". */
    type: z.literal('multiple'),
    /** The options, at least two, one or more with `correct: true`. */
    options: z.array(choiceOptionSchema).min(2, 'a multiple-response question needs at least 2 options — add more'),
  })
  .superRefine((question, ctx) => {
    checkUniqueOptionIds(question.options, ctx);
    if (question.options.length > 0 && !question.options.some((option) => option.correct)) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'multiple-response question has no correct option — mark at least one option with correct: true',
      });
    }
  });
export type MultipleQuestion = z.infer<typeof multipleQuestionSchema>;
