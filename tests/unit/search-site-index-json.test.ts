import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALREADY_HANS_HEADER, needsHansConversion } from '~/lib/i18n/hans-response';
import { htmlToHans, toHans } from '~/lib/i18n/to-hans';
import { buildSearchIndex } from '~/lib/search/build-index';
import type { SearchDoc } from '~/lib/search/search-doc';
import { searchIndexJson } from '~/lib/search-site/index-json';
import { siteSearchDocs } from '~/lib/search-site/site-search-docs';
import type { SiteSearchInput } from '~/lib/search-site/site-search-input';
import { realSiteSearchInput } from '../fixtures/search-site/real-site-input';

let input: SiteSearchInput;
beforeAll(async () => {
  input = await realSiteSearchInput();
}, 60_000);

describe('the zh-Hans index file and the zh-Hans middleware', () => {
  it('is Simplified already for the real course, so the middleware may leave it alone', () => {
    const json = searchIndexJson(siteSearchDocs(input, 'zh-Hans'), 'zh-Hans');
    expect(htmlToHans(json)).toBe(json);
    expect(json).toMatch(/[\u4e00-\u9fff]/);
  }, 60_000);

  it('is the index of the docs it is given, as JSON', () => {
    const docs: SearchDoc[] = [
      { id: '/zh-Hans/concepts/x/', locale: 'zh-Hans', type: 'concept', title: '韧性', body: '乾隆与著作' },
    ];
    expect(JSON.parse(searchIndexJson(docs, 'zh-Hans'))).toEqual(buildSearchIndex(docs, 'zh-Hans'));
  });

  it('converts zh-Hans pages and JSON, but not a response marked as Simplified already, nor other languages', () => {
    const headers = (type: string, already = false) =>
      new Headers({ 'content-type': type, ...(already && { [ALREADY_HANS_HEADER]: 'yes' }) });
    expect(needsHansConversion('/zh-Hans/course/', headers('text/html; charset=utf-8'))).toBe(true);
    expect(needsHansConversion('/zh-Hans/graph-data.json', headers('application/json'))).toBe(true);
    expect(needsHansConversion('/zh-Hans/search-index.json', headers('application/json', true))).toBe(false);
    expect(needsHansConversion('/course/', headers('text/html'))).toBe(false);
    expect(needsHansConversion('/en/course/', headers('text/html'))).toBe(false);
    expect(needsHansConversion('/zh-Hans/figure.png', headers('image/png'))).toBe(false);
  });
});

describe('the real course as search docs', () => {
  const lessonFiles = (lang: string) =>
    readdirSync(`src/content/lessons/${lang}`, { recursive: true }).filter((name) => String(name).endsWith('.mdx'))
      .length;
  const moduleFiles = (lang: string) =>
    readdirSync(`src/content/modules/${lang}`).filter((name) => name.endsWith('.mdx')).length;

  it.each(['zh-Hant', 'zh-Hans', 'en'] as const)(
    'gives every module and lesson page of %s a doc, and every node a concept doc',
    (locale) => {
      const docs = siteSearchDocs(input, locale);
      const source = locale === 'en' ? 'en' : 'zh-Hant';
      const pages = (type: string) => docs.filter((doc) => doc.type === type && !doc.id.includes('#')).length;
      expect(pages('lesson')).toBe(lessonFiles(source));
      expect(pages('module')).toBe(moduleFiles(source));
      expect(pages('concept')).toBe(input.graph.nodes.length);
      expect(new Set(docs.map((doc) => doc.id)).size).toBe(docs.length);
      expect(
        docs.every((doc) => doc.locale === locale && doc.id.startsWith(locale === 'zh-Hant' ? '/' : `/${locale}/`)),
      ).toBe(true);
    },
  );

  it.each(['zh-Hant', 'zh-Hans', 'en'] as const)('leaves no MDX or markdown syntax in the %s text', (locale) => {
    for (const doc of siteSearchDocs(input, locale)) {
      expect(`${doc.title}\n${doc.section ?? ''}\n${doc.body}`).not.toMatch(
        /<\/?[A-Z][A-Za-z]*|concept="|evidence="|\*\*|^#+ |\]\(/m,
      );
    }
  });

  it('writes zh-Hans docs in Simplified script only', () => {
    for (const doc of siteSearchDocs(input, 'zh-Hans')) {
      const text = `${doc.id}\n${doc.title}\n${doc.section ?? ''}\n${doc.body}`;
      expect(toHans(text)).toBe(text);
    }
  });
});
