import type { GraphNode } from '~/lib/graph/graph-node.schema';
import type { GraphIndex } from './graph-index';

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The id closest to `key` (a likely typo), if one is close enough to suggest. */
export function closestId(index: GraphIndex, key: string): string | undefined {
  let best: { id: string; distance: number } | undefined;
  for (const id of index.nodeById.keys()) {
    const distance = editDistance(key, id);
    if (!best || distance < best.distance) best = { id, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(key.length / 4)) ? best.id : undefined;
}

/** Where the graph came from, for error messages: the configured export files. */
function graphFiles(files: readonly string[]): string {
  return files.length > 0 ? files.join(', ') : 'the graph export';
}

/**
 * The node an MDX component names, or a build error that says which key is wrong and where to
 * find valid ones, e.g. `ConceptLink: unknown concept key "x" — use a key from graph/framework.jsonl (see /concepts/)`.
 */
export function requireNode(
  index: GraphIndex,
  files: readonly string[],
  component: string,
  key: unknown,
  noun = 'concept',
): GraphNode {
  const id = typeof key === 'string' ? key : '';
  const node = index.nodeById.get(id);
  if (node) return node;
  const suggestion = id === '' ? undefined : closestId(index, id);
  const what = typeof key === 'string' ? `unknown ${noun} key "${id}"` : `missing ${noun} key (got ${String(key)})`;
  throw new Error(
    `${component}: ${what} — use a key from ${graphFiles(files)} (see /concepts/)${suggestion ? `; did you mean "${suggestion}"?` : '.'}`,
  );
}

const withArticle = (label: string): string => `${/^[AEIOU]/i.test(label) ? 'an' : 'a'} ${label}`;

/** Like requireNode, and the node must have `label` (e.g. Statistic needs an Evidence node). */
export function requireNodeWithLabel(
  index: GraphIndex,
  files: readonly string[],
  component: string,
  key: unknown,
  label: string,
): GraphNode {
  const node = requireNode(index, files, component, key, label.toLowerCase());
  if (node.labels.includes(label)) return node;
  const has = node.labels.length > 0 ? `${withArticle(node.labels.join(', '))} node` : 'a node without a label';
  throw new Error(
    `${component}: "${node.id}" is ${has}, not ${withArticle(label)} node — use the key of ${withArticle(label)} node from ${graphFiles(files)} (see /concepts/).`,
  );
}
