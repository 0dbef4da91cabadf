import { describe, expect, it } from 'vitest';
import { toHans } from '~/lib/i18n/to-hans';
import { buildSearchIndex } from '~/lib/search/build-index';
import { englishTermsLabel } from '~/lib/search/lunr-pipeline';
import { loadSearchIndex, searchIndex } from '~/lib/search/search';
import type { SearchDoc, SerialisedSearchIndex } from '~/lib/search/search-doc';
import { enDocs, zhHantDocs } from '../fixtures/search/corpus';

const zhHansDocs: SearchDoc[] = zhHantDocs.map((doc) => ({
  ...doc,
  id: `/zh-Hans${doc.id}`,
  locale: 'zh-Hans',
  title: toHans(doc.title),
  body: toHans(doc.body),
  ...(doc.section === undefined ? {} : { section: toHans(doc.section) }),
}));

const queries = ['韌性治理', '韧性', '鏈', 'AI 決策鏈', 'big data 大數據', '治理效能提升', 'governance', 'AI:', '+'];

describe('building and loading a search index', () => {
  it('gives the same results after a trip through JSON text', () => {
    const built = buildSearchIndex([...zhHantDocs], 'zh-Hant');
    const direct = loadSearchIndex(built);
    const reloaded = loadSearchIndex(JSON.parse(JSON.stringify(built)) as SerialisedSearchIndex);
    for (const query of queries) expect(searchIndex(reloaded, query)).toEqual(searchIndex(direct, query));
  });

  it('names its pipeline function in the JSON, which loading resolves', () => {
    const built = buildSearchIndex(enDocs, 'en');
    expect(JSON.stringify(built.index)).toContain(englishTermsLabel);
    expect(() => loadSearchIndex(built)).not.toThrow();
  });

  it('shows zh-Hans titles from the zh-Hans index for a query in either script', () => {
    const index = loadSearchIndex(buildSearchIndex(zhHansDocs, 'zh-Hans'));
    for (const query of ['韌性治理', '韧性治理']) {
      const [first] = searchIndex(index, query);
      expect(first?.title).toBe('韧性治理');
      expect(first?.url).toBe('/zh-Hans/concepts/resilient-governance/');
    }
  });

  it('finds the same docs in the zh-Hant and zh-Hans indexes', () => {
    const hant = loadSearchIndex(buildSearchIndex(zhHantDocs, 'zh-Hant'));
    const hans = loadSearchIndex(buildSearchIndex(zhHansDocs, 'zh-Hans'));
    for (const query of queries) {
      const hansIds = searchIndex(hans, query).map((result) => result.id.replace('/zh-Hans', ''));
      expect(hansIds).toEqual(searchIndex(hant, query).map((result) => result.id));
    }
  });

  it('returns what the results list shows, with highlights as ranges into plain text', () => {
    const index = loadSearchIndex(buildSearchIndex(zhHantDocs, 'zh-Hant'));
    const [first] = searchIndex(index, '韧性');
    expect(first).toMatchObject({ id: '/concepts/resilient-governance/', type: 'concept', title: '韌性治理' });
    expect(first?.titleHighlights).toEqual([[0, 2]]);
    const [start, end] = first?.snippet.highlights[0] ?? [0, 0];
    expect(first?.snippet.text.slice(start, end)).toBe('韌性');
    expect(first?.score).toBeGreaterThan(0);
  });

  it('keeps a doc’s section for display', () => {
    const index = loadSearchIndex(buildSearchIndex(zhHantDocs, 'zh-Hant'));
    expect(searchIndex(index, '首尾相接')[0]?.section).toBe('一、五條鏈條首尾相接');
  });

  it('returns at most `limit` results', () => {
    const index = loadSearchIndex(buildSearchIndex(zhHantDocs, 'zh-Hant'));
    expect(searchIndex(index, '治理', { limit: 3 })).toHaveLength(3);
    expect(searchIndex(index, '治理').length).toBeGreaterThan(3);
  });

  it('indexes the whole body but stores only its start, ending in an ellipsis', () => {
    const body = `${'前言。'.repeat(400)}韌性治理在最後。`;
    const doc: SearchDoc = { id: '/long/', locale: 'zh-Hant', type: 'lesson', title: '長課', body };
    const built = buildSearchIndex([doc], 'zh-Hant', { storedTextChars: 300 });
    expect(built.docs[0]?.text).toHaveLength(301);
    expect(built.docs[0]?.text.endsWith('…')).toBe(true);
    const [hit] = searchIndex(loadSearchIndex(built), '韌性治理');
    expect(hit?.id).toBe('/long/');
    expect(hit?.snippet.highlights).toEqual([]);
  });

  it('rejects a doc of another locale, naming it', () => {
    expect(() => buildSearchIndex([...zhHantDocs, ...enDocs], 'zh-Hant')).toThrow(
      'Search doc "/en/concepts/nqpsce/" is in en but the index being built is for zh-Hant: ' +
        "pass each locale's docs to its own buildSearchIndex call.",
    );
  });

  it('rejects an id used twice', () => {
    const [doc] = enDocs;
    if (doc === undefined) throw new Error('the fixture has English docs');
    expect(() => buildSearchIndex([doc, doc], 'en')).toThrow(
      'Search doc id "/en/concepts/nqpsce/" is used twice in en; ids are URLs and must be unique.',
    );
  });

  it('refuses an index file of another format and says to rebuild', () => {
    const stale = { ...buildSearchIndex(enDocs, 'en'), format: 1 } as unknown as SerialisedSearchIndex;
    expect(() => loadSearchIndex(stale)).toThrow(
      'The search index has format 1 but this page reads format 2: rebuild the site (npm run build) so the index and the page come from the same code.',
    );
  });

  it('returns nothing, without throwing, for an empty or punctuation-only query', () => {
    const index = loadSearchIndex(buildSearchIndex(enDocs, 'en'));
    for (const query of ['', '   ', ':', '*', '~^+-', 'the']) expect(searchIndex(index, query)).toEqual([]);
  });
});
