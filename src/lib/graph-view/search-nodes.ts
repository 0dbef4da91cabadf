import type { ViewNode } from './browser-graph';
import type { GraphIndex } from './graph-index';

/** How well a node matched: lower is better. */
const enum Rank {
  Exact,
  Prefix,
  InName,
  InOtherName,
  InId,
}

/**
 * Whether `query` occurs in `text` where a reader would look for it: anywhere for Chinese (no
 * spaces between words), else at the start of a word ("ai" finds "AI", not "chain").
 */
export function occursIn(text: string, query: string): boolean {
  if (/^\p{Script=Han}/u.test(query)) return text.includes(query);
  for (let at = text.indexOf(query); at >= 0; at = text.indexOf(query, at + 1)) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]!)) return true;
  }
  return false;
}

/**
 * A search over node names in the page language, the other language's name, and the id. `fold`
 * is the page's folding (search-fold.ts), applied to names and query alike, so a Simplified query
 * finds a Traditional name and the reverse. Results: best match first, then the best connected.
 */
export function makeNodeSearch(
  index: GraphIndex,
  fold: (text: string) => string,
): (query: string, limit?: number) => ViewNode[] {
  const keys = index.graph.nodes.map((node) => ({
    node,
    name: fold(node.name),
    alt: fold(node.alt ?? ''),
    id: fold(node.id),
  }));
  return (query, limit = 8) => {
    const q = fold(query.trim());
    if (q === '') return [];
    const hits: { node: ViewNode; rank: Rank }[] = [];
    for (const key of keys) {
      const rank =
        key.name === q || key.alt === q || key.id === q
          ? Rank.Exact
          : key.name.startsWith(q) || key.alt.startsWith(q)
            ? Rank.Prefix
            : occursIn(key.name, q)
              ? Rank.InName
              : occursIn(key.alt, q)
                ? Rank.InOtherName
                : occursIn(key.id, q)
                  ? Rank.InId
                  : undefined;
      if (rank !== undefined) hits.push({ node: key.node, rank });
    }
    hits.sort(
      (a, b) =>
        a.rank - b.rank ||
        b.node.degree - a.node.degree ||
        a.node.name.length - b.node.name.length ||
        a.node.id.localeCompare(b.node.id),
    );
    return hits.slice(0, limit).map((hit) => hit.node);
  };
}
