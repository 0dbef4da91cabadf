import type { LoadedTermIndex } from './load-term-index';

/** A doc holding every required term, with lunr's score and whether its title holds them all. */
export interface TermMatch {
  doc: number;
  score: number;
  /** True when every required term occurs in the title field. */
  requiredInTitle: boolean;
}

/** A query term and its boost (1 for required terms, more for terms that only raise the score). */
export interface WeightedTerm {
  term: string;
  boost: number;
}

interface DocHits {
  /** Fields in the order the doc was first hit in them: lunr adds field scores in this order. */
  fieldOrder: number[];
  /** Per field, `[position, boost × weight]` of every query term it holds. */
  products: Map<number, [number, number][]>;
  requiredFound: Set<number>;
  requiredInTitle: Set<number>;
}

/**
 * Finds the docs that hold every required term (in any field) and scores them as lunr's
 * `Index#query` scores a query of these terms without the pipeline: per field, the dot product of
 * the query vector (each term's boost) with the doc's BM25 weights over the query vector's length,
 * summed over fields. Terms missing from the index leave the query vector, as in lunr.
 */
export function scoreQuery(
  index: LoadedTermIndex,
  required: readonly string[],
  boosts: readonly WeightedTerm[],
): TermMatch[] {
  const terms: WeightedTerm[] = [...required.map((term) => ({ term, boost: 1 })), ...boosts];
  const titleField = index.fieldNames.indexOf('title');
  const hits = new Map<number, DocHits>();
  let sumOfSquares = 0;
  for (const [clause, { term, boost }] of terms.entries()) {
    const position = index.positionOf.get(term);
    if (position === undefined) {
      if (clause < required.length) return [];
      continue;
    }
    sumOfSquares += boost * boost;
    for (let at = index.start[position] ?? 0; at < (index.start[position + 1] ?? 0); at++) {
      const doc = index.doc[at] ?? 0;
      const field = index.field[at] ?? 0;
      let docHits = hits.get(doc);
      if (docHits === undefined) {
        docHits = { fieldOrder: [], products: new Map(), requiredFound: new Set(), requiredInTitle: new Set() };
        hits.set(doc, docHits);
      }
      let products = docHits.products.get(field);
      if (products === undefined) {
        products = [];
        docHits.products.set(field, products);
        docHits.fieldOrder.push(field);
      }
      products.push([position, boost * (index.weight[at] ?? 0)]);
      if (clause < required.length) {
        docHits.requiredFound.add(clause);
        if (field === titleField) docHits.requiredInTitle.add(clause);
      }
    }
  }
  const magnitude = Math.sqrt(sumOfSquares);
  const matches: TermMatch[] = [];
  for (const [doc, docHits] of hits) {
    if (docHits.requiredFound.size < required.length) continue;
    let score = 0;
    for (const field of docHits.fieldOrder) {
      const products = (docHits.products.get(field) ?? []).sort((a, b) => a[0] - b[0]);
      let dot = 0;
      for (const [, product] of products) dot += product;
      score += dot / magnitude || 0;
    }
    matches.push({ doc, score, requiredInTitle: docHits.requiredInTitle.size === required.length });
  }
  return matches;
}
