import { compareText } from './compare-text';
import type { Graph } from './graph.schema';

/** How many nodes carry each label and how many relationships have each type, names sorted. */
export interface GraphSummary {
  /** [label, count] pairs; a node with two labels counts under both, one without under "(none)". */
  nodesByLabel: [string, number][];
  /** [type, count] pairs. */
  relationshipsByType: [string, number][];
}

/** Counts a graph's nodes by label and relationships by type. */
export function summarizeGraph(graph: Graph): GraphSummary {
  return {
    nodesByLabel: countSorted(graph.nodes.flatMap((node) => (node.labels.length === 0 ? ['(none)'] : node.labels))),
    relationshipsByType: countSorted(graph.relationships.map((relationship) => relationship.type)),
  };
}

/** The summary as aligned text lines, for the command line. */
export function formatGraphSummary(graph: Graph): string {
  const { nodesByLabel, relationshipsByType } = summarizeGraph(graph);
  const block = (title: string, total: number, rows: [string, number][]): string[] => [
    `${title}: ${total}`,
    ...rows.map(([name, count]) => `  ${name.padEnd(18)} ${String(count).padStart(5)}`),
  ];
  return [
    ...block('nodes', graph.nodes.length, nodesByLabel),
    ...block('relationships', graph.relationships.length, relationshipsByType),
  ].join('\n');
}

function countSorted(names: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts.entries()].sort(([a], [b]) => compareText(a, b));
}
