import { analyseForSearch, englishTermsLabel } from './lunr-pipeline';

/** A field of the index and the factor its BM25 weights are multiplied by (lunr's field boost). */
export interface IndexField {
  name: 'title' | 'section' | 'body';
  boost: number;
}

/** Title matches count ten times a body match, a section heading three times. */
export const indexFields: readonly IndexField[] = [
  { name: 'title', boost: 10 },
  { name: 'section', boost: 3 },
  { name: 'body', boost: 1 },
];

/**
 * The inverted index as it is written to the file: raw term counts, not weights. The BM25 weights
 * lunr would store are recomputed on load (`load-term-index.ts`), which makes the file about half
 * the size of lunr's rounded weights and loading faster than lunr's own.
 */
export interface SerialisedTermIndex {
  /** The analyser that made the terms (`englishTermsLabel`); the loader refuses another one. */
  analyser: string;
  fields: IndexField[];
  /** Every term, sorted by UTF-16 code units; a term's position is its index here. */
  terms: string[];
  /**
   * `counts[field][doc]`: the terms of that field of that doc, in ascending position. Each entry is the
   * gap from the previous position (the first from -1, so every gap is at least 1); a term that occurs
   * once is written as its gap, one that occurs n > 1 times as `-gap, n`.
   */
  counts: number[][][];
}

/** How often each term occurs in `text`, after tokenising, folding, stop words and stemming. */
export function termCountsOf(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of analyseForSearch(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

function encodeCounts(counts: ReadonlyMap<string, number>, positionOf: ReadonlyMap<string, number>): number[] {
  const entries = [...counts].map(([term, count]): [number, number] => [positionOf.get(term) ?? -1, count]);
  entries.sort((a, b) => a[0] - b[0]);
  const encoded: number[] = [];
  let previous = -1;
  for (const [position, count] of entries) {
    const gap = position - previous;
    if (count === 1) encoded.push(gap);
    else encoded.push(-gap, count);
    previous = position;
  }
  return encoded;
}

/** The term index of docs given as one `{ title, section, body }` text per field. */
export function termIndexOf(docs: readonly Readonly<Record<IndexField['name'], string>>[]): SerialisedTermIndex {
  const countsByField = indexFields.map((field) => docs.map((doc) => termCountsOf(doc[field.name])));
  const termSet = new Set<string>();
  for (const byDoc of countsByField) for (const counts of byDoc) for (const term of counts.keys()) termSet.add(term);
  const terms = [...termSet].sort();
  const positionOf = new Map(terms.map((term, i) => [term, i]));
  return {
    analyser: englishTermsLabel,
    fields: indexFields.map((field) => ({ ...field })),
    terms,
    counts: countsByField.map((byDoc) => byDoc.map((counts) => encodeCounts(counts, positionOf))),
  };
}
