import { z } from 'zod';
import { propertyMapSchema } from './property-value.schema';

// The two kinds of line that apoc.export.json.all writes. Current APOC writes ids as strings
// ("0"), older releases as numbers (0); both read as strings. APOC leaves "labels" out for a
// node without labels and "properties" out when there are none.

/** A line id: node ids and relationship ids are separate id spaces, so "0" may be both. */
export const lineIdSchema = z.union([z.string().min(1), z.number().int().nonnegative()]).transform(String);

/** A node label or relationship type name. */
export const labelNameSchema = z.string().min(1);

/** The "start" or "end" of a relationship line: a reference to a node line. */
export const lineEndSchema = z.strictObject({
  /** The "id" of the node line this end points at. */
  id: lineIdSchema,
  /** That node's labels, repeated for readers; when given they must equal the node's labels. */
  labels: z.array(labelNameSchema).optional(),
  /** That node's properties, written when APOC ran with writeNodeProperties; ignored on read. */
  properties: z.record(z.string(), z.unknown()).optional(),
});
export type LineEnd = z.infer<typeof lineEndSchema>;

/** {"type":"node","id":…,"labels":[…],"properties":{…}} */
export const nodeLineSchema = z.strictObject({
  /** Always "node". */
  type: z.literal('node'),
  /** Line id, unique among node lines; our export uses the node's `key`. */
  id: lineIdSchema,
  /** The node's labels; default none. Our content nodes have exactly one. */
  labels: z.array(labelNameSchema).optional(),
  /** The node's properties; default none. */
  properties: propertyMapSchema.optional(),
});
export type NodeLine = z.infer<typeof nodeLineSchema>;

/** {"type":"relationship","id":…,"label":…,"properties":{…},"start":{…},"end":{…}} */
export const relationshipLineSchema = z.strictObject({
  /** Always "relationship". */
  type: z.literal('relationship'),
  /** Line id, unique among relationship lines; our export uses "<start>|<TYPE>|<end>". */
  id: lineIdSchema,
  /** The relationship type (APOC calls it "label"), e.g. "PRECEDES". */
  label: labelNameSchema,
  /** The relationship's properties; default none. */
  properties: propertyMapSchema.optional(),
  /** The node the relationship comes from. */
  start: lineEndSchema,
  /** The node the relationship points to. */
  end: lineEndSchema,
});
export type RelationshipLine = z.infer<typeof relationshipLineSchema>;

/** Any line of an export. */
export type ExportLine = NodeLine | RelationshipLine;
