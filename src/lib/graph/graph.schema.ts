import { z } from 'zod';
import { graphNodeSchema } from './graph-node.schema';
import { graphRelationshipSchema } from './graph-relationship.schema';

/** A property graph read from one or more APOC exports (or built from a Neo4j query). */
export const graphSchema = z.strictObject({
  /** Every node, in the order read (the serializer sorts by id). */
  nodes: z.array(graphNodeSchema),
  /** Every relationship whose ends both exist, in the order read. */
  relationships: z.array(graphRelationshipSchema),
});
export type Graph = z.infer<typeof graphSchema>;
