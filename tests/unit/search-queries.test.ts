import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '~/lib/search/build-index';
import { loadSearchIndex, searchIndex } from '~/lib/search/search';
import { enDocs, zhHantDocs } from '../fixtures/search/corpus';
import { docsContaining, foldedDocText, queryBigrams, type WordMatch } from '../fixtures/search/expected-matches';

interface QueryCase {
  locale: 'zh-Hant' | 'en';
  query: string;
  /** The doc that must rank first; omitted where several titles hold the query equally. */
  first?: string;
  /** How Latin words count as contained for the expected set (default: whole words). */
  wordMatch?: WordMatch;
}

const cases: QueryCase[] = [
  { locale: 'zh-Hant', query: '韌性治理', first: '/concepts/resilient-governance/' },
  { locale: 'zh-Hant', query: '韧性治理', first: '/concepts/resilient-governance/' },
  { locale: 'zh-Hant', query: '韌性', first: '/concepts/resilient-governance/' },
  { locale: 'zh-Hant', query: '韌', first: '/concepts/resilient-governance/' },
  { locale: 'zh-Hant', query: '孤', first: '/concepts/information-silos/' },
  { locale: 'zh-Hant', query: '失', first: '/concepts/digital-incapacity/' },
  { locale: 'zh-Hant', query: '鏈' },
  { locale: 'zh-Hant', query: '治理' },
  { locale: 'zh-Hant', query: '數字失能', first: '/concepts/digital-incapacity/' },
  { locale: 'zh-Hant', query: '数字失能', first: '/concepts/digital-incapacity/' },
  { locale: 'zh-Hant', query: '信息孤島', first: '/concepts/information-silos/' },
  { locale: 'zh-Hant', query: '信息孤岛', first: '/concepts/information-silos/' },
  { locale: 'zh-Hant', query: '大數據', first: '/concepts/big-data/' },
  { locale: 'zh-Hant', query: '大数据', first: '/concepts/big-data/' },
  { locale: 'zh-Hant', query: 'big data 大數據', first: '/concepts/big-data/' },
  { locale: 'zh-Hant', query: 'AI 決策鏈', first: '/concepts/decision-chain/' },
  { locale: 'zh-Hant', query: 'AI 决策链', first: '/concepts/decision-chain/' },
  { locale: 'zh-Hant', query: '決策鏈', first: '/concepts/decision-chain/' },
  { locale: 'zh-Hant', query: '感知鏈', first: '/concepts/perception-chain/' },
  { locale: 'zh-Hant', query: '评估链', first: '/concepts/assessment-chain/' },
  { locale: 'zh-Hant', query: '預案', first: '/concepts/contingency-chain/' },
  { locale: 'zh-Hant', query: '處置鏈', first: '/concepts/disposal-chain/' },
  { locale: 'zh-Hant', query: '新質公安戰鬥力', first: '/concepts/nqpsce/' },
  { locale: 'zh-Hant', query: '新质公安战斗力', first: '/concepts/nqpsce/' },
  { locale: 'zh-Hant', query: '新質公安戰鬥力賦能公共安全治理', first: '/modules/foundations/' },
  { locale: 'zh-Hant', query: '公共安全治理', first: '/concepts/public-security-governance/' },
  { locale: 'zh-Hant', query: '治理價值理念', first: '/concepts/governance-values/' },
  { locale: 'zh-Hant', query: '治理变革导向', first: '/concepts/reform-orientation/' },
  { locale: 'zh-Hant', query: '治理模式創新', first: '/concepts/mode-innovation/' },
  { locale: 'zh-Hant', query: '治理工具革新', first: '/concepts/tool-innovation/' },
  { locale: 'zh-Hant', query: '治理效能提升', first: '/concepts/effectiveness/' },
  { locale: 'zh-Hant', query: '五個治理維度', first: '/lessons/five-dimensions/' },
  { locale: 'zh-Hant', query: '首尾相接', first: '/lessons/five-chains/' },
  { locale: 'zh-Hant', query: '測驗', first: '/quizzes/five-chains/' },
  { locale: 'zh-Hant', query: '智慧警務', first: '/concepts/tool-innovation/' },
  { locale: 'zh-Hant', query: 'AI:', first: '/concepts/decision-chain/' },
  { locale: 'zh-Hant', query: '+治理' },
  { locale: 'zh-Hant', query: '韌性-治理', first: '/concepts/resilient-governance/' },
  { locale: 'zh-Hant', query: '「信息孤島」？', first: '/concepts/information-silos/' },
  { locale: 'zh-Hant', query: '~*^:+-' },
  { locale: 'zh-Hant', query: '量子計算' },
  { locale: 'en', query: 'governance' },
  { locale: 'en', query: 'govern', wordMatch: 'prefix' },
  { locale: 'en', query: 'resilient governance', first: '/en/concepts/resilient-governance/' },
  { locale: 'en', query: 'Information silos', first: '/en/concepts/information-silos/' },
  { locale: 'en', query: 'silo', first: '/en/concepts/information-silos/', wordMatch: 'prefix' },
  { locale: 'en', query: 'big data', first: '/en/concepts/big-data/' },
  { locale: 'en', query: 'decision chain', first: '/en/concepts/decision-chain/' },
  { locale: 'en', query: 'digital incapacity', first: '/en/concepts/digital-incapacity/' },
  { locale: 'en', query: 'combat effectiveness', first: '/en/concepts/nqpsce/' },
  { locale: 'en', query: '韧性治理', first: '/en/concepts/resilient-governance/' },
  { locale: 'en', query: 'AI: decision^ +chain~', first: '/en/concepts/decision-chain/' },
  { locale: 'en', query: 'the five chains' },
];

const docsByLocale = { 'zh-Hant': zhHantDocs, en: enDocs };
const indexes = {
  'zh-Hant': loadSearchIndex(buildSearchIndex(zhHantDocs, 'zh-Hant')),
  en: loadSearchIndex(buildSearchIndex(enDocs, 'en')),
};

describe('searching the fixture corpus', () => {
  it('has at least thirty queries', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)('$locale "$query" finds every doc that contains it', ({ locale, query, wordMatch }) => {
    const found = searchIndex(indexes[locale], query, { limit: 100 }).map((result) => result.id);
    const expected = docsContaining(docsByLocale[locale], query, wordMatch);
    expect(found).toEqual(expect.arrayContaining(expected));
    if (expected.length === 0 && queryBigrams(query).length > 0) expect(found).toEqual([]);
  });

  it.each(cases.filter((c) => c.first !== undefined))(
    '$locale "$query" ranks $first first',
    ({ locale, query, first }) => {
      expect(searchIndex(indexes[locale], query)[0]?.id).toBe(first);
    },
  );

  it.each(cases)('$locale "$query" returns only docs holding every character pair of it', ({ locale, query }) => {
    const bigrams = queryBigrams(query);
    for (const result of searchIndex(indexes[locale], query, { limit: 100 })) {
      const doc = docsByLocale[locale].find((d) => d.id === result.id);
      expect(doc).toBeDefined();
      if (doc !== undefined) for (const bigram of bigrams) expect(foldedDocText(doc)).toContain(bigram);
    }
  });

  it('ranks a doc whose title is the query above docs that only mention it', () => {
    const ids = searchIndex(indexes['zh-Hant'], '公共安全治理').map((result) => result.id);
    expect(ids.indexOf('/concepts/public-security-governance/')).toBeLessThan(ids.indexOf('/about/'));
  });
});
