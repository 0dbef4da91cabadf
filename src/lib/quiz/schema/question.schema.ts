import { z } from 'zod';
import { matchingQuestionSchema } from './matching.schema';
import { multipleQuestionSchema } from './multiple.schema';
import { numericQuestionSchema } from './numeric.schema';
import { orderingQuestionSchema } from './ordering.schema';
import { shortQuestionSchema } from './short.schema';
import { singleQuestionSchema } from './single.schema';
import { trueFalseQuestionSchema } from './truefalse.schema';

/** The question types, named by the `type` field of a question. */
export const questionTypes = ['single', 'multiple', 'truefalse', 'matching', 'ordering', 'short', 'numeric'] as const;
export type QuestionType = (typeof questionTypes)[number];

/** Any question; `type` says which kind (see the schema file of each type). */
export const questionSchema = z.discriminatedUnion(
  'type',
  [
    singleQuestionSchema,
    multipleQuestionSchema,
    trueFalseQuestionSchema,
    matchingQuestionSchema,
    orderingQuestionSchema,
    shortQuestionSchema,
    numericQuestionSchema,
  ],
  {
    error: (issue) => {
      const found = (issue.input as { type?: unknown } | undefined)?.type;
      const fix = `write type: one of ${questionTypes.join(', ')}`;
      return found === undefined
        ? `missing field "type" — ${fix}`
        : `unknown question type ${JSON.stringify(found)} — ${fix}`;
    },
  },
);
export type Question = z.infer<typeof questionSchema>;
/** A question as written in a file, before defaults are filled in. */
export type QuestionInput = z.input<typeof questionSchema>;
