import type { GraphIndex } from './graph-index';
import type { GraphPath } from './shortest-paths';

/** Punctuation of a path sentence in the page language. */
export interface SentenceWords {
  /** Quotation marks around a node name: 「」 or “”. */
  open: string;
  close: string;
  /** Between two clauses: "；" or "; ". */
  join: string;
  /** At the end: "。" or ".". */
  end: string;
  /** Between a subject and its phrase: "" in Chinese, " " in English. */
  space: string;
}

/**
 * One clause of a relationship as the paper would state it, in its true direction, using the
 * type's phrase ("…" marks where the end node goes): 「A」是「B」的一部分 / “A” is part of “B”.
 */
export function relationshipClause(index: GraphIndex, edgeId: string, words: SentenceWords): string {
  const edge = index.edges.get(edgeId);
  if (!edge) return '';
  const quote = (id: string) => `${words.open}${index.nodes.get(id)?.name ?? id}${words.close}`;
  const phrase = index.edgeType(edge.type).phrase;
  const predicate = phrase.includes('…')
    ? phrase.replace('…', quote(edge.target))
    : `${phrase}${words.space}${quote(edge.target)}`;
  return `${quote(edge.source)}${words.space}${predicate}`;
}

/** A path written as a sentence: its relationships as clauses, in order from start to end. */
export function pathSentence(index: GraphIndex, path: GraphPath, words: SentenceWords): string {
  return path.edges.map((id) => relationshipClause(index, id, words)).join(words.join) + words.end;
}
