import type { GraphNode } from '../graph-node.schema';
import type { LineOrigin } from '../line-origin.schema';

/** A node as messages name it: its labels, then its id, e.g. `Chain "chain-perception"`. */
export function describeNode(node: Pick<GraphNode, 'id' | 'labels'>): string {
  return `${node.labels.length === 0 ? 'node' : node.labels.join(':')} ${JSON.stringify(node.id)}`;
}

/** A relationship as messages name it, e.g. `relationship "a|CITES|fn-09"`. */
export function describeRelationship(relationship: { id: string }): string {
  return `relationship ${JSON.stringify(relationship.id)}`;
}

/** `file:line`, for messages that point at a second place. */
export function formatOrigin(origin: LineOrigin): string {
  return `${origin.file}:${origin.line}`;
}
