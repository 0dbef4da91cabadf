import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '~/lib/search/build-index';
import { loadTermIndex } from '~/lib/search/load-term-index';
import { normaliseEnglishTerm, searchTokenizer } from '~/lib/search/lunr-pipeline';
import { planQuery } from '~/lib/search/query-plan';
import { scoreQuery } from '~/lib/search/score-query';
import type { SearchDoc, SerialisedSearchIndex } from '~/lib/search/search-doc';
import { loadSearchIndex } from '~/lib/search/search';
import { indexFields, type SerialisedTermIndex } from '~/lib/search/term-index';
import { enDocs, zhHantDocs } from '../fixtures/search/corpus';

// The reference: lunr's own builder over the same docs, fields and pipeline, as the site used before
// it stored term counts instead of lunr's JSON.
function lunrIndexOf(docs: readonly SearchDoc[]): lunr.Index {
  const builder = new lunr.Builder();
  builder.tokenizer = searchTokenizer;
  builder.pipeline.add(normaliseEnglishTerm);
  builder.ref('ref');
  for (const { name, boost } of indexFields) builder.field(name, { boost });
  docs.forEach((doc, i) =>
    builder.add({ ref: String(i), title: doc.title, section: doc.section ?? '', body: doc.body }),
  );
  return builder.build();
}

type Scored = { doc: number; score: number }[];

function lunrScores(index: lunr.Index, query: string): Scored {
  const plan = planQuery(query);
  return index
    .query((q) => {
      for (const term of plan.required) q.term(term, { usePipeline: false });
      for (const term of plan.boosts) q.term(term, { usePipeline: false, boost: 3 });
    })
    .filter(({ matchData }) => plan.required.every((term) => term in matchData.metadata))
    .map(({ ref, score }) => ({ doc: Number(ref), score }))
    .sort((a, b) => a.doc - b.doc);
}

function ourScores(file: SerialisedSearchIndex, query: string): Scored {
  const plan = planQuery(query);
  const loaded = loadTermIndex(file.index, file.docs.length);
  return scoreQuery(
    loaded,
    plan.required,
    plan.boosts.map((term) => ({ term, boost: 3 })),
  )
    .map(({ doc, score }) => ({ doc, score }))
    .sort((a, b) => a.doc - b.doc);
}

const queries = [
  '韌性治理',
  '鏈',
  'AI 決策鏈',
  '治理效能提升',
  'governance',
  'big data 大數據',
  'five chains',
  '不存在',
];

describe('the term-count index', () => {
  for (const [name, docs] of [
    ['zh-Hant', zhHantDocs],
    ['en', enDocs],
  ] as const) {
    const locale = name;
    const file = JSON.parse(JSON.stringify(buildSearchIndex(docs, locale))) as SerialisedSearchIndex;
    const reference = lunrIndexOf(docs);

    it(`finds and scores ${name} queries exactly as lunr's index of the same docs`, () => {
      for (const query of queries) expect(ourScores(file, query)).toEqual(lunrScores(reference, query));
    });

    it(`recomputes the BM25 weight lunr stores for every ${name} term of every field`, () => {
      const lunrJson = reference.toJSON() as unknown as {
        fieldVectors: [string, number[]][];
        invertedIndex: [string, { _index: number }][];
      };
      const termAt = new Map(lunrJson.invertedIndex.map(([term, posting]) => [posting._index, term]));
      const expected = lunrJson.fieldVectors.flatMap(([fieldRef, elements]) =>
        elements.flatMap((value, i) => (i % 2 === 0 ? [`${fieldRef} ${termAt.get(value)} ${elements[i + 1]}`] : [])),
      );
      const loaded = loadTermIndex(file.index, file.docs.length);
      const ours = file.index.terms.flatMap((term, position) =>
        Array.from(
          { length: (loaded.start[position + 1] ?? 0) - (loaded.start[position] ?? 0) },
          (_, k) => (loaded.start[position] ?? 0) + k,
        ).map((at) => `${loaded.fieldNames[loaded.field[at] ?? 0]}/${loaded.doc[at]} ${term} ${loaded.weight[at]}`),
      );
      expect(ours.sort()).toEqual(expected.sort());
    });

    it(`is less than half the size of lunr's own ${name} JSON`, () => {
      expect(JSON.stringify(file.index).length).toBeLessThan(JSON.stringify(reference).length / 2);
    });
  }
});

describe('loading a damaged or foreign index', () => {
  const good = buildSearchIndex(enDocs, 'en');
  const withIndex = (index: Partial<SerialisedTermIndex>) =>
    ({ ...good, index: { ...good.index, ...index } }) as SerialisedSearchIndex;
  const rebuild = /rebuild the site \(npm run build\)/;

  it('refuses an index made by another analyser and names both', () => {
    expect(() => loadSearchIndex(withIndex({ analyser: 'lunr-stemmer' }))).toThrow(
      'The search index was analysed by "lunr-stemmer" but this page analyses queries with "nqpsce-english-terms": rebuild the site (npm run build) so the index and the page come from the same code.',
    );
  });

  it('refuses counts that do not cover every field and doc', () => {
    expect(() => loadSearchIndex(withIndex({ counts: good.index.counts.slice(1) }))).toThrow(
      /malformed \("counts" must hold one list per field \(3\)\).*rebuild the site/,
    );
    const short = good.index.counts.map((byDoc) => byDoc.slice(1));
    expect(() => loadSearchIndex(withIndex({ counts: short }))).toThrow(
      `"counts" must hold one entry per doc (${good.docs.length})`,
    );
  });

  it('refuses a term position beyond the term list or a zero gap', () => {
    const beyond = good.index.counts.map((byDoc, f) => byDoc.map((e, d) => (f === 2 && d === 0 ? [1e6] : e)));
    expect(() => loadSearchIndex(withIndex({ counts: beyond }))).toThrow(/counts\[2\]\[0\] has an entry out of range/);
    const zero = good.index.counts.map((byDoc, f) => byDoc.map((e, d) => (f === 0 && d === 1 ? [0] : e)));
    expect(() => loadSearchIndex(withIndex({ counts: zero }))).toThrow(rebuild);
  });

  it("refuses lunr's own JSON, as the format-1 files held it", () => {
    const old = { ...good, index: lunrIndexOf(enDocs).toJSON() } as unknown as SerialisedSearchIndex;
    expect(() => loadSearchIndex(old)).toThrow(rebuild);
  });

  it('refuses a file with no docs list', () => {
    expect(() => loadSearchIndex({ ...good, docs: undefined } as unknown as SerialisedSearchIndex)).toThrow(rebuild);
  });
});
