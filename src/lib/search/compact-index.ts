/** lunr's serialised index (`lunr.Index#toJSON()`), as far as this module reads it. */
export interface LunrIndexJson {
  version: string;
  fields: string[];
  pipeline: string[];
  fieldVectors: [fieldRef: string, elements: number[]][];
  invertedIndex: [term: string, posting: { _index: number } & Record<string, unknown>][];
}

/**
 * lunr's index JSON without the inverted index, which is rebuilt from the field vectors on load:
 * with no metadata stored, every posting is implied by them, and dropping it makes the file ~3× smaller.
 */
export interface CompactLunrIndex {
  version: string;
  fields: string[];
  pipeline: string[];
  /** Every term, sorted as lunr sorts them; a term's position is its index in the field vectors. */
  terms: string[];
  /**
   * lunr's `[field/ref, [termIndex, weight, …]]` with term indexes renumbered to positions in `terms`
   * and written as the gap from the previous one (small numbers: a third less after gzip).
   */
  fieldVectors: [fieldRef: string, elements: number[]][];
}

function renumbered(elements: readonly number[], positionOf: ReadonlyMap<number, number>): number[] {
  const pairs: [number, number][] = [];
  for (let i = 0; i + 1 < elements.length; i += 2) {
    pairs.push([positionOf.get(elements[i] ?? -1) ?? -1, elements[i + 1] ?? 0]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  return pairs.flatMap(([position, weight], i) => [position - (pairs[i - 1]?.[0] ?? 0), weight]);
}

function withAbsoluteIndexes(elements: readonly number[]): number[] {
  const absolute = [...elements];
  for (let i = 2; i < absolute.length; i += 2) absolute[i] = (absolute[i] ?? 0) + (absolute[i - 2] ?? 0);
  return absolute;
}

/** Drops the inverted index from lunr's JSON; only valid for an index built without metadata. */
export function compactLunrIndex(json: LunrIndexJson): CompactLunrIndex {
  const positionOf = new Map(json.invertedIndex.map(([, posting], i) => [posting._index, i]));
  return {
    version: json.version,
    fields: json.fields,
    pipeline: json.pipeline,
    terms: json.invertedIndex.map(([term]) => term),
    fieldVectors: json.fieldVectors.map(([fieldRef, elements]) => [fieldRef, renumbered(elements, positionOf)]),
  };
}

/** Rebuilds the JSON `lunr.Index.load` expects: each term's posting lists the docs whose vectors hold it. */
export function expandLunrIndex(compact: CompactLunrIndex): LunrIndexJson {
  const postings = compact.terms.map((_, i) => {
    const posting: { _index: number } & Record<string, Record<string, object>> = Object.assign(
      Object.fromEntries(compact.fields.map((field) => [field, {}])),
      { _index: i },
    );
    return posting;
  });
  const fieldVectors = compact.fieldVectors.map(([fieldRef, gaps]): [string, number[]] => [
    fieldRef,
    withAbsoluteIndexes(gaps),
  ]);
  for (const [fieldRef, elements] of fieldVectors) {
    const slash = fieldRef.indexOf('/');
    const field = fieldRef.slice(0, slash);
    const ref = fieldRef.slice(slash + 1);
    for (let i = 0; i < elements.length; i += 2) {
      const byRef = postings[elements[i] ?? -1]?.[field];
      if (byRef !== undefined) byRef[ref] = {};
    }
  }
  return {
    version: compact.version,
    fields: compact.fields,
    pipeline: compact.pipeline,
    fieldVectors,
    invertedIndex: compact.terms.map((term, i) => [term, postings[i] ?? { _index: i }]),
  };
}
