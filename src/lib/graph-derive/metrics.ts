import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import type { GraphShape } from './graph-shape';
import { mulberry32 } from '~/lib/random/seeded-random';
import { toGraphology } from './to-graphology';

/** What the site shows about a node's place in the graph. */
export interface NodeMetrics {
  /** Relationships touching the node, either direction. */
  degree: number;
  inDegree: number;
  outDegree: number;
  /** Normalised betweenness centrality (0–1), on the undirected simple graph: how often it lies on shortest paths. */
  betweenness: number;
  /** Louvain community number, stable for the same export (seeded). */
  community: number;
}

/** Degree, betweenness and communities for every node; deterministic for the same export. */
export function computeMetrics(graph: GraphShape): Map<string, NodeMetrics> {
  const directed = toGraphology(graph);
  const simple = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const node of graph.nodes) simple.addNode(node.id);
  for (const rel of graph.relationships) {
    if (rel.start !== rel.end && !simple.hasEdge(rel.start, rel.end)) simple.addEdge(rel.start, rel.end);
  }
  // getEdgeWeight: null — the edges have no weights: Brandes by breadth-first search, not Dijkstra (same
  // shortest paths and counts, about twice as fast).
  const betweenness = betweennessCentrality(simple, { normalized: true, getEdgeWeight: null });
  const communities = louvain(simple, { rng: mulberry32(42) });
  const metrics = new Map<string, NodeMetrics>();
  for (const node of graph.nodes) {
    metrics.set(node.id, {
      degree: directed.degree(node.id),
      inDegree: directed.inDegree(node.id),
      outDegree: directed.outDegree(node.id),
      betweenness: Number((betweenness[node.id] ?? 0).toFixed(6)),
      community: communities[node.id] ?? 0,
    });
  }
  return metrics;
}
