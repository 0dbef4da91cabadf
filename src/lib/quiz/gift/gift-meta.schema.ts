import { z } from 'zod';
import { questionTypes } from '../schema/question.schema';

/** The languages a GIFT export can show; the other one rides along in `// @<lang>` comment lines. */
export const giftLanguages = ['zh-Hant', 'en'] as const;
export type GiftLanguage = (typeof giftLanguages)[number];

/** `// @quiz {…}`: the quiz fields GIFT has no place for, written once at the top of an export. */
export const giftQuizMetaSchema = z.strictObject({
  /** The language of the GIFT text that Moodle reads. */
  lang: z.enum(giftLanguages),
  /** The quiz id. */
  id: z.string(),
  /** The module slug. */
  module: z.string(),
  /** The quiz title in both languages. */
  title: z.strictObject({ zh: z.string(), en: z.string() }),
  /** The quiz's passMark (see quiz.schema.ts); absent means the default, 0.7. */
  passMark: z.number().optional(),
  /** The quiz's mode; absent means the default, practice. */
  mode: z.string().optional(),
  /** The quiz's drawCount; absent means every question. */
  drawCount: z.number().optional(),
  /** The quiz's shuffle; absent means the default, true. */
  shuffle: z.boolean().optional(),
});
export type GiftQuizMeta = z.infer<typeof giftQuizMetaSchema>;

/** `// @meta {…}`: the question fields GIFT has no place for, written above each exported question. */
export const giftQuestionMetaSchema = z.strictObject({
  /** Our question type (an ordering question is a matching question with prompts 1, 2, 3… in GIFT). */
  type: z.enum(questionTypes),
  /** The paper section the question tests. */
  section: z.string(),
  /** Graph concept keys the question tests. */
  concepts: z.array(z.string()),
  /** Option ids, in order (single and multiple). */
  options: z.array(z.string()).optional(),
});
export type GiftQuestionMeta = z.infer<typeof giftQuestionMetaSchema>;
