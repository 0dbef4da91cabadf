import { z } from 'zod';
import { conceptKeySchema, idSchema } from './identifiers.schema';
import { citesSection } from './section-citation';
import { languages, textSchema } from './text.schema';

/** Text that must cite a section of the paper in both languages, so every claim can be traced to its source. */
export const citedTextSchema = textSchema.superRefine((text, ctx) => {
  for (const side of languages) {
    if (text[side] !== '' && !citesSection(text[side])) {
      ctx.addIssue({
        code: 'custom',
        path: [side],
        message: `explanation (${side}) cites no section of the paper — add a citation like 三(四) so students can check the source`,
      });
    }
  }
});

/** How prompt, options and feedback are written; markdown unless stated. moodle is Moodle's auto-format. */
export const textFormatSchema = z.enum(['markdown', 'html', 'plain', 'moodle']);
export type TextFormat = z.infer<typeof textFormatSchema>;

/** Fields every question has, whatever its type. */
export const questionBaseShape = {
  /** Unique within the quiz; names the question in errors, saved progress and GIFT titles (`::id::`). */
  id: idSchema,
  /** What the student is asked. A run of five underscores `_____` marks a blank (GIFT "missing word"). */
  prompt: textSchema,
  /** Why the right answer is right, shown after answering; must cite a section of the paper, like 三(四). */
  explanation: citedTextSchema,
  /** The section of the paper the question tests, e.g. 三(四). */
  section: z
    .string()
    .trim()
    .min(1, 'section is empty — name the section of the paper this question tests, e.g. 三(四)'),
  /** Keys of the graph concepts the question tests; at least one. */
  concepts: z
    .array(conceptKeySchema)
    .min(1, 'concepts is empty — list at least one graph concept key this question tests'),
  /** How the texts of this question are written: markdown (default), html, plain or moodle. */
  format: textFormatSchema.default('markdown'),
};
