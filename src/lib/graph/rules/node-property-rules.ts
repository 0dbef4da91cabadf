import type { z } from 'zod';
import {
  contentNodeSchema,
  evidencePropertiesSchema,
  milestonePropertiesSchema,
  optionalNodePropertiesSchema,
  sourcePropertiesSchema,
} from '../content-node.schema';
import type { Graph } from '../graph.schema';
import { problemAt, type GraphProblem } from '../graph-problem';
import { describeNode } from './describe-node';
import { explainContentProperties } from './explain-content-properties';

// Labels whose nodes carry properties beyond the common ones.
const EXTRA_PROPERTIES: Readonly<Record<string, z.ZodObject>> = {
  Evidence: evidencePropertiesSchema,
  Source: sourcePropertiesSchema,
  Milestone: milestonePropertiesSchema,
};

/** Every node has the common content properties, the extras of its label, and its key as line id. */
export function checkNodeProperties(graph: Graph): GraphProblem[] {
  return graph.nodes.flatMap((node) => {
    const subject = describeNode(node);
    const schemas = [
      contentNodeSchema,
      optionalNodePropertiesSchema,
      ...node.labels.flatMap((label) => EXTRA_PROPERTIES[label] ?? []),
    ];
    const texts = schemas.flatMap((schema) => explainContentProperties(subject, node.properties, schema));
    const key = node.properties['key'];
    if (typeof key === 'string' && key !== node.id) {
      texts.push({
        message: `${subject} has the key ${JSON.stringify(key)}, but its line id differs`,
        fix: `write "id":${JSON.stringify(key)}: our lines use the key as id`,
      });
    }
    return texts.map((text) => problemAt(node.origin, text));
  });
}
