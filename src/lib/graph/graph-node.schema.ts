import { z } from 'zod';
import { lineOriginSchema } from './line-origin.schema';
import { labelNameSchema } from './export-line.schema';
import { propertyMapSchema } from './property-value.schema';

/** A node of the parsed graph. */
export const graphNodeSchema = z.strictObject({
  /** The node line's id; relationships refer to it. Unique among nodes. */
  id: z.string().min(1),
  /** Labels in file order; empty when the line had none. */
  labels: z.array(labelNameSchema),
  /** Properties by name; empty when the line had none. */
  properties: propertyMapSchema,
  /** The file and line the node was read from. */
  origin: lineOriginSchema,
});
export type GraphNode = z.infer<typeof graphNodeSchema>;
