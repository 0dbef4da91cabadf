import { z } from 'zod';
import { creditSchema } from './credit.schema';
import { questionBaseShape } from './question-base.schema';
import { languages, textSchema } from './text.schema';

/** An accepted typed answer, with its zh-Hant and English forms. */
export const shortAnswerSchema = z.strictObject({
  /** The answer in each language; either form (and the zh-Hans form of zh) is accepted. */
  text: textSchema,
  /** Credit for this answer, 0–1; default 1. 0 marks a known wrong answer whose feedback is worth showing. */
  credit: creditSchema.default(1),
  /** Shown when the student's answer matches this one; optional. */
  feedback: textSchema.optional(),
});
export type ShortAnswer = z.infer<typeof shortAnswerSchema>;

/**
 * Short answer: the student types text, compared after folding Unicode width (NFKC), case, whitespace,
 * punctuation and zh-Hans/zh-Hant, so either Chinese script is accepted.
 */
export const shortQuestionSchema = z
  .strictObject({
    ...questionBaseShape,
    /** Always "short". */
    type: z.literal('short'),
    /** The accepted answers; at least one earns full credit. */
    answers: z.array(shortAnswerSchema).min(1, 'a short-answer question needs at least 1 accepted answer'),
  })
  .superRefine((question, ctx) => {
    question.answers.forEach((answer, index) => {
      for (const side of languages) {
        // Answers are compared without punctuation and spaces (see normaliseShortAnswer), so nothing would be left to match.
        if (answer.text[side] !== '' && !/[^\p{P}\s]/u.test(answer.text[side])) {
          ctx.addIssue({
            code: 'custom',
            path: ['answers', index, 'text', side],
            message: `accepted answer "${answer.text[side]}" is only punctuation, which is ignored when answers are compared — write words or digits`,
          });
        }
      }
    });
    if (question.answers.length > 0 && !question.answers.some((answer) => answer.credit === 1)) {
      ctx.addIssue({
        code: 'custom',
        path: ['answers'],
        message: 'no answer earns full credit — give at least one answer credit: 1 (or leave credit out)',
      });
    }
  });
export type ShortQuestion = z.infer<typeof shortQuestionSchema>;
