import { z } from 'zod';
import { sectionSchema } from './section.schema';

// The properties our content nodes carry (GRAPH-SPEC.md). Extra properties are allowed; each
// field's meta says what a wrong value should have been and how to fix it, for the rules.

/** ASCII kebab-case: lowercase letters and digits in words joined by single hyphens. */
export const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = (fix: string) => z.string().regex(/\S/).meta({ expected: 'a non-empty string', fix });

/** Properties every content node has. */
export const contentNodeSchema = z.object({
  /** Stable id, unique in the whole graph; also the node's line id. */
  key: z.string().regex(KEY_PATTERN).meta({
    expected: 'ASCII kebab-case',
    fix: 'use lowercase ASCII words joined by hyphens, e.g. "chain-perception"',
  }),
  /** Name in Traditional Chinese, as the paper writes it. */
  name_zh: text('add the name as the paper writes it, in Traditional Chinese'),
  /** English name, the same wherever the concept appears. */
  name_en: text('add the English name used for this concept throughout the course'),
  /** Definition in Traditional Chinese: 1–3 sentences in our own words. */
  def_zh: text('add a 1–3 sentence definition in Traditional Chinese, in our own words'),
  /** Definition in English: a faithful translation of def_zh. */
  def_en: text('add a 1–3 sentence English definition that translates def_zh'),
  /** Where in the paper the node comes from. */
  section: sectionSchema,
  /** Position in an ordered list of the paper, from 1; default none (unordered). */
  order: z
    .number()
    .int()
    .min(1)
    .optional()
    .meta({ expected: 'a whole number from 1', fix: "give its position in the paper's list: 1, 2, 3, …" }),
});
export type ContentNode = z.infer<typeof contentNodeSchema>;

/** Optional properties some nodes carry, for the site's tables and figures. */
export const optionalNodePropertiesSchema = z.object({
  /** Another name the paper uses for the same idea; default none. */
  alt_name_zh: text('write the other name as the paper gives it').optional(),
  /** The heading of the section that a Challenge or Path names; default none. */
  heading_zh: text('copy the heading from the paper').optional(),
  /** Short row label of a Dimension in Table 1, e.g. "治理變革"; default none. */
  table_row_zh: text('copy the row label from Table 1').optional(),
  /** Caption of a Figure or Table in Chinese; default none. */
  caption_zh: text('copy the caption from the paper').optional(),
  /** Caption of a Figure or Table in English; default none. */
  caption_en: text('translate the caption').optional(),
  /** Header of a Table's row-label column in Chinese, e.g. "理論基礎"; default none. */
  row_header_zh: text('copy the header from the table').optional(),
  /** Header of a Table's row-label column in English; default none. */
  row_header_en: text('translate the header').optional(),
  /** Kind of a Technology, e.g. "software" or "hardware"; default none. */
  category: text('name the kind, e.g. "software"').optional(),
});

/** Extra properties of an Evidence node: a figure exactly as the paper gives it. */
export const evidencePropertiesSchema = z.object({
  /** The number, exactly as in the paper (940.6 for "940.6 萬"). */
  value: z.number().meta({ expected: 'a number', fix: 'write the number exactly as the paper gives it, e.g. 940.6' }),
  /** The figure phrase from the paper, e.g. "940.6 萬". */
  figure_zh: text('copy the figure phrase from the paper, e.g. "940.6 萬"'),
  /** Unit in Chinese, e.g. "萬條". */
  unit_zh: text('add the unit in Chinese, e.g. "萬條"'),
  /** Unit in English, e.g. "10k instructions". */
  unit_en: text('add the unit in English, e.g. "10k instructions"'),
  /** When the figure holds, as text, e.g. "2023-01/2023-11"; default unknown. */
  as_of: text('write the period as text, e.g. "2023-01/2023-11"').optional(),
});

/** Extra properties of a Source node: the paper (number 0) or one footnote. */
export const sourcePropertiesSchema = z.object({
  /** Footnote number; 0 is the paper itself. */
  number: z
    .number()
    .int()
    .min(0)
    .meta({ expected: 'a whole number from 0', fix: 'write the footnote number (0 for the paper itself)' }),
  /** Full citation, cleaned of PDF artefacts. */
  citation: text('copy the full citation from the footnote, with "�" turned back into dots'),
  /** Web address, when the source has one; default none. */
  url: text('write the address, e.g. "https://www.mps.gov.cn/…"').optional(),
  /** Footnote this one repeats ("同註1" gives 1); default none. */
  same_as: z
    .number()
    .int()
    .min(0)
    .optional()
    .meta({ expected: 'a footnote number', fix: 'write the number of the footnote it repeats, e.g. 1 for 同註1' }),
});

/** Extra properties of a Milestone node. */
export const milestonePropertiesSchema = z.object({
  /** Year of the event. */
  year: z.number().int().meta({ expected: 'a whole number', fix: 'write the year as a number, e.g. 2003' }),
});
