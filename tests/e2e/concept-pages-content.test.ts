import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { parseExportsOrThrow } from '~/lib/graph/parse-export';
import { toHans } from '~/lib/i18n/to-hans';
import { openWatchedPage } from './support/browser';
import { useSharedBrowser } from './support/shared-browser';

const siteUrl = inject('siteUrl');
const file = 'graph/framework.jsonl';
const graph = parseExportsOrThrow([{ file, text: readFileSync(file, 'utf8') }]);
const property = (id: string, name: string): string => {
  const value = graph.nodes.find((node) => node.id === id)?.properties[name];
  if (typeof value !== 'string') throw new Error(`${id} has no ${name} in ${file}`);
  return value;
};
const squash = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

// What the chain-perception page must say in each language, read from the graph itself.
const languages = [
  {
    lang: 'zh-Hant',
    prefix: '',
    name: property('chain-perception', 'name_zh'),
    def: property('chain-perception', 'def_zh'),
    section: '（三(四)）',
  },
  {
    lang: 'zh-Hans',
    prefix: '/zh-Hans',
    name: toHans(property('chain-perception', 'name_zh')),
    def: toHans(property('chain-perception', 'def_zh')),
    section: '（三(四)）',
  },
  {
    lang: 'en',
    prefix: '/en',
    name: property('chain-perception', 'name_en'),
    def: property('chain-perception', 'def_en'),
    section: '(§ 三(四))',
  },
];

const shared = useSharedBrowser();

describe('a concept page', () => {
  for (const { lang, prefix, name, def, section } of languages) {
    it(`shows the name, definition and section of chain-perception in ${lang}, with no console error or outside request`, async () => {
      const { page, watch } = await openWatchedPage(shared.context, siteUrl);
      const response = await page.goto(`${siteUrl}${prefix}/concepts/chain-perception/`);
      expect(response?.status()).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(squash(await page.locator('h1').textContent())).toBe(name);
      expect(squash(await page.locator('.definition').textContent())).toBe(squash(def));
      expect(squash(await page.locator('.facts .section').textContent())).toBe(section);
      expect(await page.locator('a', { hasText: /→/ }).first().getAttribute('href')).toBe(
        `${prefix}/graph/?focus=chain-perception`,
      );
      expect(watch.consoleErrors).toEqual([]);
      expect(watch.externalRequests).toEqual([]);
      await page.close();
    });
  }

  it('leads from a neighbour link to that neighbour’s page', async () => {
    const { page } = await openWatchedPage(shared.context, siteUrl);
    await page.goto(`${siteUrl}/en/concepts/chain-perception/`);
    const link = page.locator('.neighbours a[href="/en/concepts/chain-assessment/"]');
    await expect(link.textContent()).resolves.toBe(property('chain-assessment', 'name_en'));
    await link.click();
    await page.waitForURL(`${siteUrl}/en/concepts/chain-assessment/`);
    expect(squash(await page.locator('h1').textContent())).toBe(property('chain-assessment', 'name_en'));
    await page.close();
  });

  it('groups neighbours under direction-aware headings and marks interpretive relationships', async () => {
    const { page } = await openWatchedPage(shared.context, siteUrl);
    await page.goto(`${siteUrl}/concepts/chain-perception/`);
    const headings = (await page.locator('.neighbours h3').allTextContents()).map(squash);
    expect(headings).toEqual(
      expect.arrayContaining([expect.stringMatching(/^是…的一部分\s*1$/), expect.stringMatching(/^產出\s*2$/)]),
    );
    const interpretive = page.locator('.neighbours li.interpretive');
    await expect(interpretive.locator('.basis').first().textContent()).resolves.toBe('課程詮釋');
    await expect(interpretive.locator('a').first().getAttribute('href')).resolves.toBe(
      '/concepts/th-front-end-perception/',
    );
    await page.close();
  });

  it('draws a local graph as an image with a summary, and one link per neighbour that a click follows', async () => {
    const { page } = await openWatchedPage(shared.context, siteUrl);
    await page.goto(`${siteUrl}/en/concepts/chain-perception/`);
    const svg = page.locator('.local-graph svg[role="img"]');
    await expect(svg.getAttribute('aria-label')).resolves.toMatch(/“Perception chain” is linked to 6 nodes: /);
    expect(await svg.locator('line').count()).toBe(6);
    const links = page.locator('.local-graph svg.links a');
    expect(await links.count()).toBe(6);
    await links.filter({ hasText: 'Assessment chain' }).click();
    await page.waitForURL(`${siteUrl}/en/concepts/chain-assessment/`);
    await page.close();
  });

  it('shows an Evidence node’s figure with its date, the paper’s wording and its footnote', async () => {
    const { page } = await openWatchedPage(shared.context, siteUrl);
    await page.goto(`${siteUrl}/concepts/ev-fraud-fund-warnings/`);
    const evidence = squash(await page.locator('.evidence').textContent());
    expect(evidence).toContain('940.6 萬條');
    expect(evidence).toContain('2023年1月至2023年11月');
    await expect(page.locator('.evidence a').first().getAttribute('href')).resolves.toBe('/concepts/fn-09/');
    await page.close();
  });

  it('shows a Source node’s full citation and its web address as a plain link', async () => {
    const { page, watch } = await openWatchedPage(shared.context, siteUrl);
    await page.goto(`${siteUrl}/en/concepts/fn-09/`);
    expect(squash(await page.locator('.source').textContent())).toContain(property('fn-09', 'citation'));
    const url = page.locator('.source a.url');
    await expect(url.getAttribute('href')).resolves.toBe(property('fn-09', 'url'));
    await expect(url.getAttribute('rel')).resolves.toContain('noopener');
    expect(watch.externalRequests).toEqual([]);
    await page.close();
  });

  it('lists the lessons that teach the concept, linked to their pages', async () => {
    const { page } = await openWatchedPage(shared.context, siteUrl);
    await page.goto(`${siteUrl}/concepts/chain-perception/`);
    const hrefs = await page
      .locator('.lessons a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toContain('/modules/tool-innovation/perception-and-assessment/');
    await page.close();
  });
});
