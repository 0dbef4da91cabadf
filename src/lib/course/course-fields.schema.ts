import { z } from 'zod';
import { SECTION_PATTERN } from '../graph/section.schema';

// Shared field schemas of modules and lessons. Each message is "what is wrong — how to fix it";
// the course check splits it at " — " and adds the file, line and column.

/** A graph key, as lessons and modules name concepts: lowercase ASCII words joined by hyphens. */
export const graphKeySchema = z
  .string({ error: 'a concept key must be text — write the key of a graph node, e.g. chain-perception' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (issue) =>
      `"${String(issue.input)}" is not a concept key — a key is lowercase ASCII words joined by hyphens, e.g. chain-perception`,
  });

/** A module slug: the module's file name without .mdx, e.g. tool-innovation. */
export const moduleSlugSchema = z
  .string({ error: 'a prerequisite must be a module slug — write e.g. intro' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (issue) =>
      `"${String(issue.input)}" is not a module slug — a slug is lowercase ASCII words joined by hyphens, e.g. intro`,
  });

/** A section of the paper, e.g. 三(四): ASCII parentheses, no spaces. */
export const paperSectionSchema = z
  .string({ error: 'a section must be text — write a section of the paper in quotes, e.g. "三(四)"' })
  .regex(SECTION_PATTERN, {
    error: (issue) =>
      `"${String(issue.input)}" is not a section of the paper — write one of 摘要, 一, 二(一), 表1, 圖1, 註9 (ASCII parentheses, no spaces)`,
  });

/** Required text such as a title. */
export const requiredText = (field: string, example: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `${field} is missing — add ${field}: ${example}`
          : `${field} must be text — write ${field}: ${example}`,
    })
    .trim()
    .min(1, `${field} is empty — write ${field}: ${example}`);

/** The estimated minutes of a module or lesson: a whole number from 1 to 600. */
export const minutesSchema = (example: number, what: string) =>
  z
    .number({
      error: (issue) =>
        issue.input === undefined
          ? `minutes (the time estimate) is missing — add minutes: ${example}, the whole minutes ${what} takes`
          : `minutes must be a whole number of minutes — write minutes: ${example}`,
    })
    .int(`minutes must be a whole number of minutes — write minutes: ${example}`)
    .min(1, `minutes must be at least 1 — write the whole minutes ${what} takes, e.g. minutes: ${example}`)
    .max(600, `minutes is more than 600 — write the whole minutes ${what} takes, e.g. minutes: ${example}`);

/** The message for a field the schema does not know (usually a misspelling). */
export const unknownFieldMessage = (fields: readonly string[]) => (issue: { code: string; keys?: string[] }) =>
  issue.code === 'unrecognized_keys'
    ? `unknown field "${issue.keys?.[0] ?? ''}" — remove it or correct its spelling; the fields are ${fields.join(', ')}`
    : undefined;
