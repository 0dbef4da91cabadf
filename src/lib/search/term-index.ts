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

/** One field of one doc while building: `[termId, count, …]` with ids in first-seen order. */
type IdCounts = Int32Array;

function countIds(text: string, idOf: Map<string, number>): IdCounts {
  const counts = new Map<number, number>();
  for (const term of analyseForSearch(text)) {
    let id = idOf.get(term);
    if (id === undefined) {
      id = idOf.size;
      idOf.set(term, id);
    }
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const flat = new Int32Array(counts.size * 2);
  let i = 0;
  for (const [id, count] of counts) {
    flat[i++] = id;
    flat[i++] = count;
  }
  return flat;
}

function encodeCounts(flat: IdCounts, positionOfId: Int32Array): number[] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < flat.length; i += 2) pairs.push([positionOfId[flat[i] ?? 0] ?? 0, flat[i + 1] ?? 0]);
  pairs.sort((a, b) => a[0] - b[0]);
  const encoded: number[] = [];
  let previous = -1;
  for (const [position, count] of pairs) {
    const gap = position - previous;
    if (count === 1) encoded.push(gap);
    else encoded.push(-gap, count);
    previous = position;
  }
  return encoded;
}

/**
 * The term index of docs given as one `{ title, section, body }` text per field. Counts are kept as
 * small typed arrays of term ids until the term list is sorted, so a large course needs little memory.
 */
export function termIndexOf(docs: readonly Readonly<Record<IndexField['name'], string>>[]): SerialisedTermIndex {
  const idOf = new Map<string, number>();
  const countsByField = indexFields.map((field) => docs.map((doc) => countIds(doc[field.name], idOf)));
  const terms = [...idOf.keys()].sort();
  const positionOfId = new Int32Array(terms.length);
  terms.forEach((term, position) => (positionOfId[idOf.get(term) ?? 0] = position));
  return {
    analyser: englishTermsLabel,
    fields: indexFields.map((field) => ({ ...field })),
    terms,
    counts: countsByField.map((byDoc) => byDoc.map((flat) => encodeCounts(flat, positionOfId))),
  };
}
