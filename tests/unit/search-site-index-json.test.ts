import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
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
  it('comes out of the middleware conversion unchanged for the real course', () => {
    const json = searchIndexJson(siteSearchDocs(input, 'zh-Hans'), 'zh-Hans');
    expect(htmlToHans(json)).toBe(json);
    expect(json).toMatch(/[\u4e00-\u9fff]/); // written as text, not escaped: the conversion was a no-op
  }, 60_000);

  it('is written with \\u escapes when some text would still change, so conversion cannot alter it', () => {
    const docs: SearchDoc[] = [
      { id: '/zh-Hans/concepts/x/', locale: 'zh-Hans', type: 'concept', title: '韌性', body: '乾隆與著作' },
    ];
    const json = searchIndexJson(docs, 'zh-Hans');
    expect(json).toMatch(/^[ -~]*$/);
    expect(htmlToHans(json)).toBe(json);
    expect(JSON.parse(json)).toEqual(buildSearchIndex(docs, 'zh-Hans'));
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
