import { z } from 'zod';
import { creditSchema } from './credit.schema';
import { questionBaseShape } from './question-base.schema';
import { textSchema } from './text.schema';

/** An accepted number: `value` ± `tolerance`, or the range `min`..`max` (inclusive). */
export const numericAnswerSchema = z
  .strictObject({
    /** The exact answer; use with tolerance, or use min and max instead. */
    value: z.number().optional(),
    /** How far from value an answer may be and still count; default 0. Only with value. */
    tolerance: z
      .number()
      .min(0, 'numeric tolerance is negative — tolerance is a distance; write it without the minus sign')
      .optional(),
    /** Lowest accepted number of a range; use with max instead of value. */
    min: z.number().optional(),
    /** Highest accepted number of a range; use with min instead of value. */
    max: z.number().optional(),
    /** Credit for a number in this answer, 0–1; default 1. */
    credit: creditSchema.default(1),
    /** Shown when the student's number falls in this answer; optional. */
    feedback: textSchema.optional(),
  })
  .superRefine((answer, ctx) => {
    const hasRange = answer.min !== undefined || answer.max !== undefined;
    if (answer.value === undefined && !hasRange) {
      ctx.addIssue({
        code: 'custom',
        message: 'numeric answer has no number — give value (and tolerance) or min and max',
      });
    } else if (answer.value !== undefined && hasRange) {
      ctx.addIssue({
        code: 'custom',
        message: 'numeric answer has both value and min/max — use value ± tolerance or a min..max range, not both',
      });
    } else if (hasRange && (answer.min === undefined || answer.max === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'numeric range needs both min and max — add the missing end' });
    } else if (answer.min !== undefined && answer.max !== undefined && answer.min > answer.max) {
      ctx.addIssue({
        code: 'custom',
        path: ['min'],
        message: `numeric range min ${answer.min} is above max ${answer.max} — swap them`,
      });
    }
    if (answer.tolerance !== undefined && answer.value === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['tolerance'],
        message: 'tolerance only applies to value — remove it from a min..max range',
      });
    }
  });
export type NumericAnswer = z.infer<typeof numericAnswerSchema>;

/** Numeric: the student types a number; it counts when it falls in an answer's range. */
export const numericQuestionSchema = z
  .strictObject({
    ...questionBaseShape,
    /** Always "numeric". */
    type: z.literal('numeric'),
    /** Accepted numbers; the best-scoring match counts. At least one earns full credit. */
    answers: z.array(numericAnswerSchema).min(1, 'a numeric question needs at least 1 answer'),
  })
  .superRefine((question, ctx) => {
    if (question.answers.length > 0 && !question.answers.some((answer) => answer.credit === 1)) {
      ctx.addIssue({
        code: 'custom',
        path: ['answers'],
        message: 'no answer earns full credit — give at least one answer credit: 1 (or leave credit out)',
      });
    }
  });
export type NumericQuestion = z.infer<typeof numericQuestionSchema>;

/** The inclusive range of numbers an answer accepts. */
export function numericBounds(answer: NumericAnswer): { min: number; max: number } {
  if (answer.value !== undefined) {
    const tolerance = answer.tolerance ?? 0;
    return { min: answer.value - tolerance, max: answer.value + tolerance };
  }
  return { min: answer.min ?? Number.NaN, max: answer.max ?? Number.NaN };
}
