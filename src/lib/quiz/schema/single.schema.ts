import { z } from 'zod';
import { checkUniqueOptionIds, choiceOptionSchema } from './choice-option.schema';
import { creditSchema } from './credit.schema';
import { questionBaseShape } from './question-base.schema';

/** An option of a single-choice question: a choice option that may give partial credit when wrong. */
export const singleOptionSchema = choiceOptionSchema.extend({
  /** Partial credit (0–1) for choosing this option when it is not the correct one; default 0. */
  credit: creditSchema.optional(),
});
export type SingleOption = z.infer<typeof singleOptionSchema>;

/** Single choice: the student picks one option; exactly one option is correct. */
export const singleQuestionSchema = z
  .strictObject({
    ...questionBaseShape,
    /** Always "single". */
    type: z.literal('single'),
    /** The options, at least two, exactly one with `correct: true`. */
    options: z.array(singleOptionSchema).min(2, 'a single-choice question needs at least 2 options — add more'),
  })
  .superRefine((question, ctx) => {
    checkUniqueOptionIds(question.options, ctx);
    const correct = question.options.flatMap((option, index) => (option.correct ? [index] : []));
    if (correct.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'single-choice question has no correct option — mark exactly one option with correct: true',
      });
    }
    for (const index of correct.slice(1)) {
      const ids = correct.map((i) => question.options[i]?.id).join(', ');
      ctx.addIssue({
        code: 'custom',
        path: ['options', index, 'correct'],
        message: `single-choice question has ${correct.length} correct options (${ids}) — keep exactly one correct: true, or use type: multiple`,
      });
    }
    question.options.forEach((option, index) => {
      if (option.correct && option.credit !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['options', index, 'credit'],
          message: 'the correct option always earns full credit — remove credit from it',
        });
      }
    });
  });
export type SingleQuestion = z.infer<typeof singleQuestionSchema>;
