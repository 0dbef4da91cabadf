import type { Graph } from '~/lib/graph/graph.schema';
import { mulberry32 } from '~/lib/random/seeded-random';

// A deterministic generated graph for the Neo4j benchmark: exactly `nodes` nodes and `relationships`
// relationships, no self-loops and no two relationships of one type between the same two nodes
// (the loader would merge those), with our labels, types and bilingual properties.

const LABELS = ['Concept', 'Technology', 'Challenge', 'Evidence'];
const TYPES = ['PART_OF', 'ENABLES', 'ADDRESSES', 'SUPPORTED_BY'];
const SECTIONS = ['一', '二(一)', '三(四)', '四(二)', '五(三)', '六'];

/** A graph of exactly `nodes` nodes and `relationships` relationships; the same arguments give the same graph. */
export function syntheticGraph(nodes: number, relationships: number, seed = 1): Graph {
  if (nodes < 2 || relationships > nodes * (nodes - 1) * TYPES.length)
    throw new Error(`cannot make ${relationships} relationships among ${nodes} nodes`);
  const next = mulberry32(seed);
  const origin = { file: 'synthetic.jsonl', line: 0 };
  const keys = Array.from({ length: nodes }, (_, i) => `bench-${String(i).padStart(6, '0')}`);
  const graphNodes = keys.map((key, i) => ({
    id: key,
    labels: [LABELS[i % LABELS.length]!],
    properties: {
      key,
      name_zh: `節點${i}`,
      name_en: `Node ${i}`,
      def_zh: `合成節點 ${i}。`,
      def_en: `Synthetic node ${i}.`,
      section: SECTIONS[i % SECTIONS.length]!,
    },
    origin: { ...origin, line: i + 1 },
  }));
  const seen = new Set<string>();
  const graphRelationships: Graph['relationships'] = [];
  while (graphRelationships.length < relationships) {
    const start = Math.floor(next() * nodes);
    const end = Math.floor(next() * nodes);
    const type = TYPES[Math.floor(next() * TYPES.length)]!;
    const id = `${keys[start]}|${type}|${keys[end]}`;
    if (start === end || seen.has(id)) continue;
    seen.add(id);
    graphRelationships.push({
      id,
      type,
      start: keys[start]!,
      end: keys[end]!,
      properties: {
        section: SECTIONS[Math.floor(next() * SECTIONS.length)]!,
        basis: next() < 0.8 ? 'explicit' : 'interpretive',
      },
      origin: { ...origin, line: nodes + graphRelationships.length + 1 },
    });
  }
  return { nodes: graphNodes, relationships: graphRelationships };
}
