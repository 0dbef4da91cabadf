import { z } from 'zod';
import { lineOriginSchema } from './line-origin.schema';
import { labelNameSchema } from './export-line.schema';
import { propertyMapSchema } from './property-value.schema';

/** A relationship of the parsed graph, with both ends resolved to node ids. */
export const graphRelationshipSchema = z.strictObject({
  /** The relationship line's id. Unique among relationships (a separate id space from nodes). */
  id: z.string().min(1),
  /** Relationship type, e.g. "PRECEDES" (the line's "label"). */
  type: labelNameSchema,
  /** Id of the node it comes from. */
  start: z.string().min(1),
  /** Id of the node it points to. */
  end: z.string().min(1),
  /** Properties by name; empty when the line had none. */
  properties: propertyMapSchema,
  /** The file and line the relationship was read from. */
  origin: lineOriginSchema,
});
export type GraphRelationship = z.infer<typeof graphRelationshipSchema>;
