import { z } from 'zod';
import { checkUniqueTexts } from './choice-option.schema';
import { questionBaseShape } from './question-base.schema';
import { textSchema } from './text.schema';

/** One prompt and the answer that belongs to it. */
export const matchingPairSchema = z.strictObject({
  /** Shown on the left; unique within the question. */
  prompt: textSchema,
  /** The right answer for this prompt; offered in every prompt's select. */
  answer: textSchema,
});
export type MatchingPair = z.infer<typeof matchingPairSchema>;

/** Matching: for each prompt the student chooses its answer from a select. Score = right matches / prompts. */
export const matchingQuestionSchema = z
  .strictObject({
    ...questionBaseShape,
    /** Always "matching". */
    type: z.literal('matching'),
    /** The pairs, at least two; prompts must differ. */
    pairs: z.array(matchingPairSchema).min(2, 'a matching question needs at least 2 pairs — add more'),
    /** Extra wrong answers offered in the selects; default none. */
    distractors: z.array(textSchema).default([]),
  })
  .superRefine((question, ctx) => {
    checkUniqueTexts(
      question.pairs.map((pair) => pair.prompt),
      ctx,
      (index) => ['pairs', index, 'prompt'],
      (text) => `duplicate matching prompt "${text}" — each prompt must differ so it has one right answer`,
    );
    const answers = question.pairs.map((pair) => pair.answer);
    checkUniqueTexts(
      [...answers, ...question.distractors],
      ctx,
      (index) => (index < answers.length ? ['pairs', index, 'answer'] : ['distractors', index - answers.length]),
      (text) => `answer "${text}" appears twice — give each pair its own answer and make distractors differ from them`,
    );
  });
export type MatchingQuestion = z.infer<typeof matchingQuestionSchema>;
