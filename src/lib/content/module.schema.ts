import { z } from 'zod';
import {
  graphKeySchema,
  minutesSchema,
  moduleSlugSchema,
  requiredText,
  unknownFieldMessage,
} from '../course/course-fields.schema';

// One learning objective: a sentence that starts with a verb.
const objectiveSchema = z
  .string({
    error: 'an objective must be text — write it as a sentence starting with a verb, in quotes if it has a colon',
  })
  .trim()
  .min(1, 'an objective is empty — write the objective or remove its "- " line');

const MODULE_FIELDS = ['title', 'summary', 'order', 'minutes', 'prerequisites', 'dimension', 'concepts', 'objectives'];

/**
 * The frontmatter of a module: src/content/modules/<zh-Hant|en>/<slug>.mdx. The slug is the file
 * name; the module's lessons live in src/content/lessons/<lang>/<slug>/ and its quiz, when there is
 * one, in src/content/quizzes/<slug>.yaml. See docs/authoring-guide.md.
 */
export const moduleSchema = z.strictObject(
  {
    /** The module's heading and page title. */
    title: requiredText('title', '治理工具革新'),
    /** One to three sentences on what the module teaches; shown on the course page. */
    summary: requiredText('summary', '一至三句，說明本單元學什麼。'),
    /** Position in the course (1, 2, …); breaks ties between modules whose prerequisites allow either order. */
    order: z
      .number({
        error: (issue) =>
          issue.input === undefined
            ? "order is missing — add order: 1 (the module's position in the course)"
            : 'order must be a whole number — write e.g. order: 5',
      })
      .int('order must be a whole number — write e.g. order: 5')
      .min(1, "order must be 1 or more — write the module's position in the course, e.g. order: 5"),
    /** Estimated minutes for the whole module: its lessons and its quiz. */
    minutes: minutesSchema(45, 'the module (lessons and quiz)'),
    /** Slugs of modules to take first; default none. Must name modules and must not form a cycle. */
    prerequisites: z
      .array(moduleSlugSchema, { error: 'prerequisites must be a list — write prerequisites: [intro], or [] for none' })
      .default([]),
    /** For the five dimension modules only: the key of the Dimension node the module teaches. */
    dimension: graphKeySchema.optional(),
    /** Graph keys of the concepts the module covers (at least one); each must exist in the graph. */
    concepts: z
      .array(graphKeySchema, {
        error: (issue) =>
          issue.input === undefined
            ? 'concepts is missing — add concepts: [key, …], the graph keys the module covers'
            : 'concepts must be a list — write concepts: [chain-perception, chain-assessment]',
      })
      .min(1, 'concepts is empty — list the graph keys the module covers, e.g. concepts: [chain-perception]'),
    /** Three to five learning objectives, each starting with a verb (說明…, Explain…). */
    objectives: z
      .array(objectiveSchema, {
        error: (issue) =>
          issue.input === undefined
            ? 'objectives are missing — add objectives: with 3 to 5 items, each a learning objective starting with a verb'
            : 'objectives must be a list — write each objective on its own line starting with "- "',
      })
      .min(3, 'fewer than 3 objectives — a module states 3 to 5 learning objectives; add more')
      .max(5, 'more than 5 objectives — a module states 3 to 5 learning objectives; merge or remove some'),
  },
  { error: unknownFieldMessage(MODULE_FIELDS) },
);

/** A module's frontmatter after validation (prerequisites defaulted to []). */
export type ModuleFrontmatter = z.infer<typeof moduleSchema>;
