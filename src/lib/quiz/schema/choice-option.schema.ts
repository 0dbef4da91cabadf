import { z } from 'zod';
import { idSchema } from './identifiers.schema';
import { textSchema, type Text } from './text.schema';

/** One option of a single- or multiple-choice question. */
export const choiceOptionSchema = z.strictObject({
  /** Unique within the question; responses and saved progress name options by id. */
  id: idSchema,
  /** The option as shown. */
  text: textSchema,
  /** True for a right answer; default false. */
  correct: z.boolean().default(false),
  /** Shown when the student chooses this option; optional. */
  feedback: textSchema.optional(),
});
export type ChoiceOption = z.infer<typeof choiceOptionSchema>;

/** Reports every option id used more than once, at the later option, so the message points at the duplicate. */
export function checkUniqueOptionIds(options: readonly { id: string }[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  options.forEach((option, index) => {
    if (seen.has(option.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['options', index, 'id'],
        message: `duplicate option id "${option.id}" — option ids must be unique within a question; rename this one`,
      });
    }
    seen.add(option.id);
  });
}

/** Reports a text that appears twice in a list (per language), at the later entry. */
export function checkUniqueTexts(
  texts: readonly Text[],
  ctx: z.RefinementCtx,
  pathOf: (index: number) => (string | number)[],
  message: (text: string) => string,
): void {
  for (const side of ['zh', 'en'] as const) {
    const seen = new Set<string>();
    texts.forEach((text, index) => {
      if (text[side] !== '' && seen.has(text[side]))
        ctx.addIssue({ code: 'custom', path: [...pathOf(index), side], message: message(text[side]) });
      seen.add(text[side]);
    });
  }
}
