import { loadTermIndex } from '~/lib/search/load-term-index';
import { englishTermsLabel } from '~/lib/search/lunr-pipeline';
import type { SerialisedSearchIndex } from '~/lib/search/search-doc';

/** lunr's serialised index (`lunr.Index#toJSON()`), as `lunr.Index.load` reads it. */
export interface LunrIndexJson {
  version: string;
  fields: string[];
  pipeline: string[];
  fieldVectors: [fieldRef: string, elements: number[]][];
  invertedIndex: [term: string, posting: { _index: number } & Record<string, Record<string, object>>][];
}

/**
 * The same index as lunr itself would serialise it (field vectors of BM25 weights plus the inverted
 * index, refs = doc positions): the baseline the benchmark compares our file's size and loading with.
 */
export function lunrJsonOf(file: SerialisedSearchIndex): LunrIndexJson {
  const loaded = loadTermIndex(file.index, file.docs.length);
  const fields = loaded.fieldNames;
  const vectors = new Map<string, number[]>();
  for (const field of fields) for (let doc = 0; doc < file.docs.length; doc++) vectors.set(`${field}/${doc}`, []);
  const invertedIndex: LunrIndexJson['invertedIndex'] = file.index.terms.map((term, position) => {
    const posting: LunrIndexJson['invertedIndex'][number][1] = Object.assign(
      Object.fromEntries(fields.map((field) => [field, {} as Record<string, object>])),
      { _index: position },
    );
    for (let at = loaded.start[position] ?? 0; at < (loaded.start[position + 1] ?? 0); at++) {
      const field = fields[loaded.field[at] ?? 0] ?? '';
      const doc = loaded.doc[at] ?? 0;
      (posting[field] as Record<string, object>)[String(doc)] = {};
      vectors.get(`${field}/${doc}`)?.push(position, loaded.weight[at] ?? 0);
    }
    return [term, posting];
  });
  return {
    version: '2.3.9',
    fields,
    pipeline: [englishTermsLabel],
    fieldVectors: [...vectors],
    invertedIndex,
  };
}
