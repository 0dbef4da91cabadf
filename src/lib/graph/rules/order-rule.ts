import { ORDERED_LABELS } from '../dictionary';
import type { GraphNode } from '../graph-node.schema';
import type { Graph } from '../graph.schema';
import { problemAt, type GraphProblem } from '../graph-problem';
import { describeNode, formatOrigin } from './describe-node';

/**
 * The n nodes of each ordered label (Dimension, Chain, Challenge, Path) have `order` values
 * 1..n, each once: n distinct values within 1..n leave no gap.
 */
export function checkOrders(graph: Graph): GraphProblem[] {
  return ORDERED_LABELS.flatMap((label) => {
    const nodes = graph.nodes.filter((node) => node.labels.includes(label));
    const holders = new Map<number, GraphNode>();
    return nodes.flatMap((node) => {
      const order = node.properties['order'];
      const fix = `number the ${nodes.length} ${label} nodes 1 to ${nodes.length}, each number once, in the paper's order`;
      if (order === undefined)
        return [problemAt(node.origin, { message: `${describeNode(node)} has no "order"`, fix })];
      if (typeof order !== 'number' || !Number.isInteger(order)) return []; // the property rules report it
      if (order < 1 || order > nodes.length) {
        return [
          problemAt(node.origin, {
            message: `${describeNode(node)} has order ${order}, outside 1–${nodes.length} for the ${nodes.length} ${label} nodes`,
            fix,
          }),
        ];
      }
      const holder = holders.get(order);
      if (holder === undefined) {
        holders.set(order, node);
        return [];
      }
      return [
        problemAt(node.origin, {
          message: `${describeNode(node)} repeats order ${order} of ${describeNode(holder)} at ${formatOrigin(holder.origin)}`,
          fix,
        }),
      ];
    });
  });
}
