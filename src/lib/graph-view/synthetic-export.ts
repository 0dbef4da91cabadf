import { NODE_TYPE_NAMES, RELATIONSHIP_WORDS } from './vocabulary';

// Synthetic APOC JSON-lines exports of any size, for benchmarks and scale tests: the same options
// always give the same bytes. Edges attach preferentially to well-connected nodes, so the graph
// has hubs like a real one (what the "+N more" cap and the renderer must cope with).

/** What to generate. */
export interface SyntheticExportOptions {
  /** Number of nodes. */
  nodes: number;
  /** Relationships added per node after the first few (default 2, so about twice as many edges as nodes). */
  edgesPerNode?: number;
  /** Seed of the generator (default 1). */
  seed?: number;
  /**
   * "ours": our labels, types and bilingual properties (keys as ids). "researcher": someone
   * else's export, with numeric ids, foreign labels and a plain `name`.
   */
  style?: 'ours' | 'researcher';
}

const FOREIGN_LABELS = ['Person', 'Organisation', 'Topic', 'Document', 'Place'];
const FOREIGN_TYPES = ['KNOWS', 'MEMBER_OF', 'ABOUT', 'MENTIONS', 'LOCATED_IN'];
const SECTIONS = ['摘要', '一', '二(一)', '二(二)', '二(三)', '三(一)', '三(四)', '四(二)', '五(三)', '六'];
const HANZI = '公安治理科技數據安全風險鏈條感知評估決策處置韌性協同賦能體系創新服務預防隊伍能力社會';

/** A seeded PRNG (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An APOC `apoc.export.json.all` JSON-lines text with `options.nodes` nodes. */
export function syntheticExport(options: SyntheticExportOptions): string {
  const { nodes: count, edgesPerNode = 2, seed = 1, style = 'ours' } = options;
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const labels = style === 'ours' ? Object.keys(NODE_TYPE_NAMES) : FOREIGN_LABELS;
  const types = style === 'ours' ? Object.keys(RELATIONSHIP_WORDS) : FOREIGN_TYPES;
  const ids = Array.from({ length: count }, (_, i) =>
    style === 'ours' ? `syn-${String(i).padStart(6, '0')}` : String(i),
  );
  const nodeLabel = ids.map(() => pick(labels));
  const lines = ids.map((id, i) =>
    JSON.stringify({ type: 'node', id, labels: [nodeLabel[i]], properties: nodeProperties(id, i, style, next) }),
  );
  const ends: number[] = [];
  const seen = new Set<string>();
  let relationshipNumber = 0;
  for (let i = 1; i < count; i++) {
    for (let j = 0; j < Math.min(i, edgesPerNode); j++) {
      const target = ends.length > 0 && next() < 0.7 ? ends[Math.floor(next() * ends.length)]! : Math.floor(next() * i);
      const type = pick(types);
      const key = `${i}|${type}|${target}`;
      if (target === i || seen.has(key)) continue;
      seen.add(key);
      ends.push(i, target);
      const id = style === 'ours' ? `${ids[i]}|${type}|${ids[target]}` : String(relationshipNumber++);
      const properties =
        style === 'ours'
          ? { basis: next() < 0.8 ? 'explicit' : 'interpretive', section: pick(SECTIONS) }
          : { weight: Math.round(next() * 100) / 100 };
      lines.push(
        JSON.stringify({
          type: 'relationship',
          id,
          label: type,
          properties,
          start: { id: ids[i], labels: [nodeLabel[i]] },
          end: { id: ids[target], labels: [nodeLabel[target]] },
        }),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

function nodeProperties(
  id: string,
  i: number,
  style: 'ours' | 'researcher',
  next: () => number,
): Record<string, string | number> {
  const hanzi = Array.from({ length: 2 + Math.floor(next() * 6) }, () => HANZI[Math.floor(next() * HANZI.length)]).join(
    '',
  );
  if (style === 'researcher') return { name: i % 3 === 0 ? hanzi : `Item ${i}`, description: `Synthetic node ${i}.` };
  return {
    key: id,
    name_zh: `${hanzi}${i}`,
    name_en: `Synthetic concept ${i}`,
    def_zh: `合成節點 ${i}，用於測試大型圖譜。`,
    def_en: `Synthetic node ${i}, for testing large graphs.`,
    section: SECTIONS[i % SECTIONS.length]!,
  };
}
