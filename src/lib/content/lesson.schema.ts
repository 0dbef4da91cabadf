import { z } from 'zod';
import {
  graphKeySchema,
  minutesSchema,
  paperSectionSchema,
  requiredText,
  unknownFieldMessage,
} from '../course/course-fields.schema';

const LESSON_FIELDS = ['title', 'minutes', 'concepts', 'sections'];

/**
 * The frontmatter of a lesson: src/content/lessons/<zh-Hant|en>/<module>/<NN>-<slug>.mdx. The module
 * and the order (NN) come from the path; the lesson's URL is /modules/<module>/<slug>/.
 */
export const lessonSchema = z.strictObject(
  {
    /** The lesson's heading and page title. */
    title: requiredText('title', '感知鏈與評估鏈'),
    /** Estimated minutes to read the lesson and think through its questions. */
    minutes: minutesSchema(12, 'the lesson'),
    /** Graph keys of the concepts the lesson teaches (at least one); each must exist in the graph. */
    concepts: z
      .array(graphKeySchema, {
        error: (issue) =>
          issue.input === undefined
            ? 'concepts is missing — add concepts: [key, …], the graph keys the lesson teaches'
            : 'concepts must be a list — write concepts: [chain-perception, tech-iot]',
      })
      .min(1, 'concepts is empty — list the graph keys the lesson teaches, e.g. concepts: [chain-perception]'),
    /** Sections of the paper the lesson rests on (at least one), e.g. ["三(四)"]. */
    sections: z
      .array(paperSectionSchema, {
        error: (issue) =>
          issue.input === undefined
            ? 'sections is missing — add sections: ["三(四)"], the sections of the paper the lesson rests on'
            : 'sections must be a list — write sections: ["三(四)"]',
      })
      .min(1, 'sections is empty — list the sections of the paper the lesson rests on, e.g. sections: ["三(四)"]'),
  },
  { error: unknownFieldMessage(LESSON_FIELDS) },
);

/** A lesson's frontmatter after validation. */
export type LessonFrontmatter = z.infer<typeof lessonSchema>;
