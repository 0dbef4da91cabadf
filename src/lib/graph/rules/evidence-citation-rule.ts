import type { Graph } from '../graph.schema';
import { problemAt, type GraphProblem } from '../graph-problem';
import { describeNode } from './describe-node';

/** Every Evidence node CITES a Source, so each figure shown to students traces to a footnote. */
export function checkEvidenceCitations(graph: Graph): GraphProblem[] {
  const sources = new Set(graph.nodes.filter((node) => node.labels.includes('Source')).map((node) => node.id));
  const citing = new Set(
    graph.relationships.filter((rel) => rel.type === 'CITES' && sources.has(rel.end)).map((rel) => rel.start),
  );
  return graph.nodes
    .filter((node) => node.labels.includes('Evidence') && !citing.has(node.id))
    .map((node) =>
      problemAt(node.origin, {
        message: `${describeNode(node)} cites no Source`,
        fix: `add a CITES relationship from ${JSON.stringify(node.id)} to the Source of its footnote, e.g. "fn-09"`,
      }),
    );
}
