import { NODE_LABELS, isNodeLabel } from '../dictionary';
import type { Graph } from '../graph.schema';
import { problemAt, type GraphProblem } from '../graph-problem';
import { describeNode } from './describe-node';

const LABEL_LIST = Object.keys(NODE_LABELS).join(', ');

/** Every node has exactly one label, and it is in the dictionary. */
export function checkNodeLabels(graph: Graph): GraphProblem[] {
  return graph.nodes.flatMap((node) => {
    const [label, ...others] = node.labels;
    if (label === undefined) {
      return [
        problemAt(node.origin, {
          message: `${describeNode(node)} has no label`,
          fix: `give it exactly one label: ${LABEL_LIST}`,
        }),
      ];
    }
    if (others.length > 0) {
      return [
        problemAt(node.origin, {
          message: `${describeNode(node)} has ${node.labels.length} labels`,
          fix: 'keep exactly one label; link to other ideas with relationships instead',
        }),
      ];
    }
    if (isNodeLabel(label)) return [];
    return [
      problemAt(node.origin, {
        message: `${describeNode(node)} has the unknown label ${JSON.stringify(label)}`,
        fix: `use one of ${LABEL_LIST} (see graph/README.md)`,
      }),
    ];
  });
}
