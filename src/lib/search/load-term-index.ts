import { inverseDocumentFrequency, bm25Weight } from './bm25';
import { englishTermsLabel } from './lunr-pipeline';
import type { SerialisedTermIndex } from './term-index';

/**
 * The inverted index ready to query: for each term (by position), its postings as parallel arrays
 * `field`, `doc`, `weight` from `start[term]` to `start[term + 1]`, ordered by field, then doc.
 */
export interface LoadedTermIndex {
  fieldNames: string[];
  positionOf: Map<string, number>;
  start: Int32Array;
  field: Uint8Array;
  doc: Int32Array;
  weight: Float64Array;
}

function malformed(what: string): Error {
  return new Error(
    `The search index is malformed (${what}); it was not written by this site's build, or was damaged on the ` +
      `way: rebuild the site (npm run build) and serve the new search-index.json.`,
  );
}

function checkShape(index: SerialisedTermIndex, documentCount: number): void {
  if (index.analyser !== englishTermsLabel) {
    throw new Error(
      `The search index was analysed by "${String(index.analyser)}" but this page analyses queries with ` +
        `"${englishTermsLabel}": rebuild the site (npm run build) so the index and the page come from the same code.`,
    );
  }
  if (!Array.isArray(index.fields) || index.fields.length === 0 || index.fields.length > 255)
    throw malformed('"fields" must list the indexed fields');
  if (!Array.isArray(index.terms) || index.terms.some((term) => typeof term !== 'string'))
    throw malformed('"terms" must be a list of strings');
  if (!Array.isArray(index.counts) || index.counts.length !== index.fields.length)
    throw malformed(`"counts" must hold one list per field (${index.fields.length})`);
  for (const byDoc of index.counts) {
    if (!Array.isArray(byDoc) || byDoc.length !== documentCount)
      throw malformed(`"counts" must hold one entry per doc (${documentCount}) in every field`);
  }
}

/** Calls `visit(field, doc, position, count)` for every posting in file order (field, then doc). */
function eachPosting(
  index: SerialisedTermIndex,
  visit: (field: number, doc: number, position: number, count: number) => void,
): void {
  const termCount = index.terms.length;
  index.counts.forEach((byDoc, field) => {
    byDoc.forEach((entries, doc) => {
      if (!Array.isArray(entries)) throw malformed(`counts[${field}][${doc}] is not a list`);
      let position = -1;
      for (let i = 0; i < entries.length; i++) {
        const entry = entries[i] ?? 0;
        let count = 1;
        if (entry < 0) count = entries[++i] ?? 0;
        position += Math.abs(entry);
        if (!Number.isInteger(entry) || entry === 0 || !Number.isInteger(count) || count < 1 || position >= termCount)
          throw malformed(`counts[${field}][${doc}] has an entry out of range at ${i}`);
        visit(field, doc, position, count);
      }
    });
  });
}

/**
 * Decodes the term counts and recomputes lunr's BM25 weights: field lengths are the sums of a field's
 * counts, the average is over all docs, and idf counts a term's postings across fields, as lunr does.
 * Throws a teaching error on a file of another analyser or a malformed one.
 */
export function loadTermIndex(index: SerialisedTermIndex, documentCount: number): LoadedTermIndex {
  checkShape(index, documentCount);
  const fieldCount = index.fields.length;
  const postingsOf = new Int32Array(index.terms.length + 1);
  const fieldLength = new Float64Array(fieldCount * documentCount);
  eachPosting(index, (field, doc, position, count) => {
    postingsOf[position + 1] = (postingsOf[position + 1] ?? 0) + 1;
    fieldLength[field * documentCount + doc] = (fieldLength[field * documentCount + doc] ?? 0) + count;
  });
  const start = new Int32Array(index.terms.length + 1);
  for (let t = 0; t < index.terms.length; t++) start[t + 1] = (start[t] ?? 0) + (postingsOf[t + 1] ?? 0);
  const total = start[index.terms.length] ?? 0;
  const averageLength = index.fields.map((_, field) => {
    let sum = 0;
    for (let doc = 0; doc < documentCount; doc++) sum += fieldLength[field * documentCount + doc] ?? 0;
    return sum / documentCount;
  });
  const idf = Array.from({ length: index.terms.length }, (_, t) =>
    inverseDocumentFrequency((start[t + 1] ?? 0) - (start[t] ?? 0), documentCount),
  );
  const next = start.slice(0, index.terms.length);
  const loaded: LoadedTermIndex = {
    fieldNames: index.fields.map((field) => field.name),
    positionOf: new Map(index.terms.map((term, i) => [term, i])),
    start,
    field: new Uint8Array(total),
    doc: new Int32Array(total),
    weight: new Float64Array(total),
  };
  eachPosting(index, (field, doc, position, count) => {
    const at = next[position] ?? 0;
    next[position] = at + 1;
    loaded.field[at] = field;
    loaded.doc[at] = doc;
    loaded.weight[at] = bm25Weight(
      idf[position] ?? 0,
      count,
      fieldLength[field * documentCount + doc] ?? 0,
      averageLength[field] ?? 1,
      index.fields[field]?.boost ?? 1,
    );
  });
  return loaded;
}
