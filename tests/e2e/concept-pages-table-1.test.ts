import { describe, expect, inject, it } from 'vitest';
import { openWatchedPage } from './support/browser';
import { useSharedBrowser } from './support/shared-browser';

const siteUrl = inject('siteUrl');
const prefixes = { 'zh-Hant': '', 'zh-Hans': '/zh-Hans', en: '/en' };
const squash = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

const shared = useSharedBrowser();

describe('the Table 1 page', () => {
  for (const [lang, prefix] of Object.entries(prefixes)) {
    it(`has a captioned table of five dimensions by two columns, every cell linked to a page that exists, in ${lang}`, async () => {
      const { page, watch } = await openWatchedPage(shared.context, siteUrl);
      const response = await page.goto(`${siteUrl}${prefix}/table-1/`);
      expect(response?.status()).toBe(200);
      const table = page.locator('main table');
      expect(squash(await table.locator('caption').textContent())).toMatch(/表1/);
      expect(await table.locator('thead th[scope="col"]').count()).toBe(3);
      expect(await table.locator('tbody tr').count()).toBe(5);
      expect(await table.locator('tbody th[scope="row"] a').count()).toBe(5);
      const cells = table.locator('tbody td');
      expect(await cells.count()).toBe(10);
      for (const cell of await cells.all()) expect(await cell.locator('a').count()).toBeGreaterThan(0);
      const hrefs = await table
        .locator('a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      for (const href of hrefs) {
        expect(href.startsWith(`${prefix}/concepts/`), href).toBe(true);
        expect((await fetch(new URL(href, siteUrl))).status, href).toBe(200);
      }
      expect(watch.consoleErrors).toEqual([]);
      await page.close();
    });
  }

  it('names the columns 驅動要素 and 關鍵內容 in Chinese, and rows by dimension in order', async () => {
    const { page } = await openWatchedPage(shared.context, siteUrl);
    await page.goto(`${siteUrl}/table-1/`);
    const headers = (await page.locator('main thead th').allTextContents()).map(squash);
    expect(headers.slice(1)).toEqual(['驅動要素', '關鍵內容']);
    const rows = (await page.locator('main tbody th').allTextContents()).map(squash);
    expect(rows).toEqual(['治理價值理念', '治理變革導向', '治理模式創新', '治理工具革新', '治理效能提升']);
    await page.close();
  });
});
