import { z } from 'zod';

/** Where a node or relationship was read from, so every problem can name its file and line. */
export const lineOriginSchema = z.strictObject({
  /** Path of the export file as given to the parser (e.g. "graph/p1.jsonl"); a database name for graphs read from Neo4j. */
  file: z.string(),
  /** 1-based line number in that file; 0 when the item did not come from a file. */
  line: z.number().int().nonnegative(),
});
export type LineOrigin = z.infer<typeof lineOriginSchema>;
