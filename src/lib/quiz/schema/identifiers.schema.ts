import { z } from 'zod';

/** An id that is safe in URLs, GIFT titles (`::id::`) and localStorage: letters, digits, `-`, `_`. */
export const idSchema = z
  .string({ error: (issue) => (issue.input === undefined ? 'missing id — add one, e.g. id: q1' : 'id must be text') })
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'id may use only letters, digits, "-" and "_" (e.g. q1 or ai-policing-2)');

/** A module slug, the same as the module's folder name, e.g. `m1-foundations`. */
export const moduleSlugSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'module slug may use only lowercase letters, digits and "-" (e.g. m1-foundations)');

/** A key of a concept node in the knowledge graph (graph/*.jsonl), e.g. `tech-big-data`. */
export const conceptKeySchema = z.string().trim().min(1, 'concept key is empty — write the key of a graph concept');
