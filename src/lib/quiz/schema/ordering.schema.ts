import { z } from 'zod';
import { checkUniqueTexts } from './choice-option.schema';
import { questionBaseShape } from './question-base.schema';
import { textSchema } from './text.schema';

/** Ordering: the student puts the items in order (position selects or move up/down). Score = items in place / items. */
export const orderingQuestionSchema = z
  .strictObject({
    ...questionBaseShape,
    /** Always "ordering". */
    type: z.literal('ordering'),
    /** The items in the correct order; at least two, all different. */
    items: z.array(textSchema).min(2, 'an ordering question needs at least 2 items — add more'),
  })
  .superRefine((question, ctx) => {
    checkUniqueTexts(
      question.items,
      ctx,
      (index) => ['items', index],
      (text) => `item "${text}" appears twice — identical items make the order ambiguous`,
    );
  });
export type OrderingQuestion = z.infer<typeof orderingQuestionSchema>;
