import { beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '~/lib/i18n/locales';
import type { SearchDoc } from '~/lib/search/search-doc';
import { loadSearchIndex, searchIndex, type LoadedSearchIndex } from '~/lib/search/search';
import { searchIndexJson } from '~/lib/search-site/index-json';
import { bestResultPerPage, pageOf } from '~/lib/search-site/page-results';
import { siteSearchDocs } from '~/lib/search-site/site-search-docs';
import { docsContaining, foldedDocText, queryBigrams, type WordMatch } from '../fixtures/search/expected-matches';
import { realSiteSearchInput } from '../fixtures/search-site/real-site-input';

// The site's real index (graph/framework.jsonl, src/content/**) built by the endpoint's own code and
// read back from its JSON as the browser reads it. Expected hits are not listed by hand: they are every
// doc whose folded text holds the query (tests/fixtures/search/expected-matches.ts, toHans + regexps).

interface QueryCase {
  locale: Locale;
  query: string;
  kind: 'character' | 'word' | 'phrase' | 'mixed';
  /** The page that must be listed first; only where one page plainly is the answer. */
  first?: string;
  wordMatch?: WordMatch;
}

const cases: QueryCase[] = [
  // zh-Hant pages, queried in either script.
  { locale: 'zh-Hant', kind: 'word', query: '韌性治理', first: '/concepts/resilient-governance/' },
  { locale: 'zh-Hant', kind: 'word', query: '韧性治理', first: '/concepts/resilient-governance/' },
  { locale: 'zh-Hant', kind: 'word', query: '感知鏈', first: '/concepts/chain-perception/' },
  { locale: 'zh-Hant', kind: 'word', query: '感知链', first: '/concepts/chain-perception/' },
  { locale: 'zh-Hant', kind: 'word', query: '數據池', first: '/concepts/th-data-pool/' },
  { locale: 'zh-Hant', kind: 'word', query: '信息孤島', first: '/concepts/th-information-silo/' },
  { locale: 'zh-Hant', kind: 'word', query: '大數據', first: '/concepts/tech-big-data/' },
  { locale: 'zh-Hant', kind: 'word', query: '物聯網', first: '/concepts/tech-iot/' },
  { locale: 'zh-Hant', kind: 'word', query: '底線思維', first: '/concepts/bottom-line-thinking/' },
  { locale: 'zh-Hant', kind: 'word', query: '數字歧視', first: '/concepts/risk-digital-discrimination/' },
  { locale: 'zh-Hant', kind: 'word', query: '治理' },
  { locale: 'zh-Hant', kind: 'word', query: '數據' },
  { locale: 'zh-Hant', kind: 'character', query: '韌' },
  { locale: 'zh-Hant', kind: 'character', query: '鏈' },
  { locale: 'zh-Hant', kind: 'character', query: '链' },
  {
    locale: 'zh-Hant',
    kind: 'phrase',
    query: '新質公安戰鬥力賦能公共安全治理',
    first: '/concepts/nq-empowerment-framework/',
  },
  {
    locale: 'zh-Hant',
    kind: 'phrase',
    query: '感知不到的地方，在數據池裏就是空白',
    first: '/modules/tool-innovation/perception-and-assessment/',
  },
  { locale: 'zh-Hant', kind: 'mixed', query: 'AI 決策' },
  // A quiz explanation: every question of a quiz page collapses into the page.
  {
    locale: 'zh-Hant',
    kind: 'phrase',
    query: '這一環的重點在事先推演好的勸阻和攔截方案',
    first: '/modules/capstone/quiz/',
  },
  // Two concepts hold "resilient governance" in their English names; lunr's score, not the name, decides.
  { locale: 'zh-Hant', kind: 'mixed', query: 'Resilient governance' },
  { locale: 'zh-Hant', kind: 'mixed', query: 'Information silo', first: '/concepts/th-information-silo/' },
  { locale: 'zh-Hant', kind: 'mixed', query: 'data pool 數據池', first: '/concepts/th-data-pool/' },
  // zh-Hans pages: the same index content in Simplified script, queried in either script.
  { locale: 'zh-Hans', kind: 'word', query: '韧性治理', first: '/zh-Hans/concepts/resilient-governance/' },
  { locale: 'zh-Hans', kind: 'word', query: '韌性治理', first: '/zh-Hans/concepts/resilient-governance/' },
  { locale: 'zh-Hans', kind: 'word', query: '数据池', first: '/zh-Hans/concepts/th-data-pool/' },
  { locale: 'zh-Hans', kind: 'word', query: '决策链', first: '/zh-Hans/concepts/chain-decision/' },
  { locale: 'zh-Hans', kind: 'word', query: '治理工具革新', first: '/zh-Hans/concepts/dim-tool-innovation/' },
  { locale: 'zh-Hans', kind: 'word', query: '赋能' },
  { locale: 'zh-Hans', kind: 'character', query: '链' },
  { locale: 'zh-Hans', kind: 'character', query: '鏈' },
  {
    locale: 'zh-Hans',
    kind: 'phrase',
    query: '感知不到的地方，在数据池里就是空白',
    first: '/zh-Hans/modules/tool-innovation/perception-and-assessment/',
  },
  { locale: 'zh-Hans', kind: 'mixed', query: '5G 决策' },
  // en pages.
  { locale: 'en', kind: 'word', query: 'resilient governance', first: '/en/concepts/resilient-governance/' },
  { locale: 'en', kind: 'word', query: 'perception chain', first: '/en/concepts/chain-perception/' },
  { locale: 'en', kind: 'word', query: 'big data', first: '/en/concepts/tech-big-data/' },
  { locale: 'en', kind: 'word', query: 'data pool', first: '/en/concepts/th-data-pool/' },
  { locale: 'en', kind: 'word', query: 'information silo', first: '/en/concepts/th-information-silo/' },
  { locale: 'en', kind: 'word', query: 'bottom-line thinking', first: '/en/concepts/bottom-line-thinking/' },
  { locale: 'en', kind: 'word', query: 'governance' },
  { locale: 'en', kind: 'word', query: 'govern', wordMatch: 'prefix' },
  {
    locale: 'en',
    kind: 'phrase',
    query: 'the perception chain is the first link of the five chains',
    first: '/en/modules/tool-innovation/perception-and-assessment/',
  },
  { locale: 'en', kind: 'mixed', query: '韌性治理', first: '/en/concepts/resilient-governance/' },
  { locale: 'en', kind: 'mixed', query: '韧性治理', first: '/en/concepts/resilient-governance/' },
  { locale: 'en', kind: 'mixed', query: 'telecom fraud 電信詐騙' },
  {
    locale: 'en',
    kind: 'phrase',
    query: "in this course's reading, in a fraud case",
    first: '/en/modules/capstone/quiz/',
  },
  { locale: 'en', kind: 'word', query: 'quantum computing' },
];

let docs: Record<Locale, SearchDoc[]>;
let indexes: Record<Locale, LoadedSearchIndex>;
beforeAll(async () => {
  const input = await realSiteSearchInput();
  const built = (locale: Locale) => siteSearchDocs(input, locale);
  docs = { 'zh-Hant': built('zh-Hant'), 'zh-Hans': built('zh-Hans'), en: built('en') };
  const load = (locale: Locale) => loadSearchIndex(JSON.parse(searchIndexJson(docs[locale], locale)));
  indexes = { 'zh-Hant': load('zh-Hant'), 'zh-Hans': load('zh-Hans'), en: load('en') };
}, 120_000);

const everything = (locale: Locale) => ({ limit: indexes[locale].docs.length });

describe('searching the real site', () => {
  it('has a table of at least thirty queries in every language and of every kind', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const locale of ['zh-Hant', 'zh-Hans', 'en'] as const)
      expect(cases.some((c) => c.locale === locale)).toBe(true);
    for (const kind of ['character', 'word', 'phrase', 'mixed'] as const)
      expect(cases.some((c) => c.kind === kind)).toBe(true);
  });

  it.each(cases)('$locale $kind "$query" finds every doc that contains it', ({ locale, query, wordMatch }) => {
    const found = searchIndex(indexes[locale], query, everything(locale)).map((result) => result.id);
    const expected = docsContaining(docs[locale], query, wordMatch);
    expect(found).toEqual(expect.arrayContaining(expected));
    if (queryBigrams(query).length > 0 && expected.length === 0) expect(found).toEqual([]);
  });

  it.each(cases)('$locale $kind "$query" lists every page that contains it once', ({ locale, query, wordMatch }) => {
    const pages = bestResultPerPage(searchIndex(indexes[locale], query, everything(locale))).map(
      (result) => result.url,
    );
    const expectedPages = new Set(docsContaining(docs[locale], query, wordMatch).map(pageOf));
    expect(pages.map(pageOf)).toEqual(expect.arrayContaining([...expectedPages]));
    expect(new Set(pages.map(pageOf)).size).toBe(pages.length);
  });

  it.each(cases)(
    '$locale "$query" collapsed by page in the core lists what bestResultPerPage lists',
    ({ locale, query }) => {
      const collapsed = searchIndex(indexes[locale], query, { ...everything(locale), groupOf: pageOf });
      expect(collapsed).toEqual(bestResultPerPage(searchIndex(indexes[locale], query, everything(locale))));
    },
  );

  it.each(cases.filter((c) => c.first !== undefined))(
    '$locale "$query" lists $first first',
    ({ locale, query, first }) => {
      const [top] = bestResultPerPage(searchIndex(indexes[locale], query, everything(locale)));
      expect(top === undefined ? undefined : pageOf(top.url)).toBe(first);
    },
  );

  it.each(cases)('$locale "$query" returns only docs that hold every character pair of it', ({ locale, query }) => {
    const byId = new Map(docs[locale].map((doc) => [doc.id, doc]));
    for (const result of searchIndex(indexes[locale], query, everything(locale))) {
      const doc = byId.get(result.id);
      expect(doc).toBeDefined();
      for (const bigram of queryBigrams(query)) expect(doc && foldedDocText(doc)).toContain(bigram);
    }
  });
});
