import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { buildLunrIndex } from '~/lib/search/build-index';
import { compactLunrIndex, expandLunrIndex, type LunrIndexJson } from '~/lib/search/compact-index';
import { planQuery } from '~/lib/search/query-plan';
import { enDocs, zhHantDocs } from '../fixtures/search/corpus';

function run(index: lunr.Index, query: string): { ref: string; score: number; terms: string[] }[] {
  const plan = planQuery(query);
  return index
    .query((q) => q.term([...plan.required, ...plan.boosts], { usePipeline: false }))
    .map(({ ref, score, matchData }) => ({ ref, score, terms: Object.keys(matchData.metadata).sort() }));
}

describe('the compact lunr index', () => {
  for (const [name, docs] of [
    ['zh-Hant', zhHantDocs],
    ['en', enDocs],
  ] as const) {
    const original = buildLunrIndex(docs);
    const json = JSON.parse(JSON.stringify(original)) as LunrIndexJson;
    const compact = compactLunrIndex(json);

    it(`answers ${name} queries exactly as lunr's own serialisation does`, () => {
      const reloaded = lunr.Index.load(expandLunrIndex(JSON.parse(JSON.stringify(compact)) as typeof compact));
      for (const query of ['韌性治理', '鏈', 'AI 決策鏈', 'governance', 'big data 大數據', 'five chains']) {
        expect(run(reloaded, query)).toEqual(run(lunr.Index.load(json), query));
      }
    });

    it(`rebuilds every ${name} posting of the inverted index`, () => {
      const expanded = expandLunrIndex(compact);
      const strip = ([term, { _index, ...fields }]: LunrIndexJson['invertedIndex'][number]) => [term, fields];
      expect(expanded.invertedIndex.map(strip)).toEqual(json.invertedIndex.map(strip));
    });

    it(`restores every ${name} field vector, term by term`, () => {
      const byTerm = ({ fieldVectors, invertedIndex }: LunrIndexJson) => {
        const termAt = new Map(invertedIndex.map(([term, posting]) => [posting._index, term]));
        return fieldVectors.map(([ref, elements]) => [
          ref,
          Object.fromEntries(elements.flatMap((v, i) => (i % 2 === 0 ? [[termAt.get(v), elements[i + 1]]] : []))),
        ]);
      };
      expect(byTerm(expandLunrIndex(compact))).toEqual(byTerm(json));
    });

    it(`is much smaller than lunr's own ${name} JSON`, () => {
      expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(json).length / 2);
    });
  }
});
