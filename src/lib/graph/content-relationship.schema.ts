import { z } from 'zod';
import { BASES } from './dictionary';
import { sectionSchema } from './section.schema';

/** Properties every relationship of our graph may carry (GRAPH-SPEC.md). */
export const contentRelationshipSchema = z.object({
  /** Where in the paper the relationship rests. */
  section: sectionSchema,
  /** "explicit" when the paper states it, "interpretive" when the course infers it. */
  basis: z.enum(BASES).meta({
    expected: '"explicit" or "interpretive"',
    fix: 'write "explicit" if the paper states it, "interpretive" if the course infers it',
  }),
  /** Name of the ordered sequence of a PRECEDES link, e.g. "five-chains"; required on PRECEDES. */
  sequence: z
    .string()
    .regex(/\S/)
    .optional()
    .meta({ expected: 'a sequence name', fix: 'name the sequence, e.g. "five-chains"' }),
  /** A remark in Traditional Chinese; default none. */
  note_zh: z.string().optional().meta({ expected: 'a string', fix: 'write the note as text' }),
  /** A remark in English; default none. */
  note_en: z.string().optional().meta({ expected: 'a string', fix: 'write the note as text' }),
  /** Row of the cell a SHOWS link points at (Table 1: 1–5, a dimension); default none. */
  row: z.number().int().min(1).optional().meta({
    expected: 'a whole number from 1',
    fix: 'write the row number, e.g. 1 for the first dimension of Table 1',
  }),
  /** Column of the cell a SHOWS link points at (Table 1: "driving_element" or "key_content"); default none. */
  column: z
    .string()
    .regex(/\S/)
    .optional()
    .meta({ expected: 'a column name', fix: 'name the column, e.g. "driving_element" or "key_content" in Table 1' }),
  /** Text the figure shows at the place a SHOWS link points at; default none. */
  label_zh: z
    .string()
    .regex(/\S/)
    .optional()
    .meta({ expected: 'a non-empty string', fix: 'copy the text the figure shows there' }),
  /** What a SHOWS link's end is in the figure, e.g. "column_heading" or "column_label"; default none. */
  role: z
    .string()
    .regex(/\S/)
    .optional()
    .meta({ expected: 'a non-empty string', fix: 'name the part of the figure, e.g. "column_heading"' }),
});
export type ContentRelationship = z.infer<typeof contentRelationshipSchema>;
