// lunr 2.3's BM25, as `lunr.Builder#createFieldVectors` computes it, so an index whose weights are
// recomputed on load ranks exactly as the lunr index of the same docs did.

/** lunr's defaults: term-frequency saturation and field-length normalisation. */
const k1 = 1.2;
const b = 0.75;

/** lunr.idf: `postings` counts every field of every doc holding the term, so a title and body hit count twice. */
export function inverseDocumentFrequency(postings: number, documentCount: number): number {
  const x = (documentCount - postings + 0.5) / (postings + 0.5);
  return Math.log(1 + Math.abs(x));
}

/** The weight lunr stores for a term in one field of one doc, rounded to 3 decimals as lunr rounds it. */
export function bm25Weight(
  idf: number,
  termCount: number,
  fieldLength: number,
  averageFieldLength: number,
  fieldBoost: number,
): number {
  let score = (idf * ((k1 + 1) * termCount)) / (k1 * (1 - b + b * (fieldLength / averageFieldLength)) + termCount);
  score *= fieldBoost;
  return Math.round(score * 1000) / 1000;
}
