import type { GraphNode } from '~/lib/graph/graph-node.schema';
import type { NodeMetrics } from '~/lib/graph-derive/metrics';
import type { GraphIndex } from './graph-index';

/** A node's metrics with what makes them readable: its betweenness rank and the others in its community. */
export interface MetricsSummary {
  metrics: NodeMetrics;
  /** 1 for the highest betweenness; ties share a rank. */
  betweennessRank: number;
  nodeCount: number;
  /** How many other nodes share its community. */
  peerCount: number;
  /** A few of them, the most connected first. */
  peerExamples: GraphNode[];
}

/** Summarises a node's metrics; undefined when the build computed none for it. */
export function summarizeMetrics(
  index: GraphIndex,
  all: Readonly<Record<string, NodeMetrics>>,
  id: string,
  exampleCount = 3,
): MetricsSummary | undefined {
  const metrics = all[id];
  if (!metrics) return undefined;
  const entries = Object.entries(all);
  const peers = entries
    .filter(([other, m]) => other !== id && m.community === metrics.community)
    .sort(([a, ma], [b, mb]) => mb.degree - ma.degree || (a < b ? -1 : a > b ? 1 : 0));
  return {
    metrics,
    betweennessRank: 1 + entries.filter(([, m]) => m.betweenness > metrics.betweenness).length,
    nodeCount: entries.length,
    peerCount: peers.length,
    peerExamples: peers.slice(0, exampleCount).flatMap(([other]) => index.nodeById.get(other) ?? []),
  };
}
