import { describe, expect, inject, it } from 'vitest';
import { isIndexRequest, recordRequests, searchCases, seriousViolations } from '../fixtures/search-site/e2e-cases';
import { openWatchedPage } from './support/browser';
import { useSharedBrowser } from './support/shared-browser';

const siteUrl = inject('siteUrl');

const shared = useSharedBrowser();

describe('the search page', () => {
  for (const c of searchCases) {
    it(`in ${c.lang}: ?q=${c.query} lists ${c.first} first as a link, with marks and a count`, async () => {
      const { page, watch } = await openWatchedPage(shared.context, siteUrl);
      await page.goto(`${siteUrl}${c.searchPage}?q=${encodeURIComponent(c.query)}`);
      const first = page.locator('.search-result').first();
      await first.waitFor();
      expect(new URL((await first.locator('a').getAttribute('href')) ?? '', siteUrl).pathname).toBe(c.first);
      expect(await first.locator('mark').count()).toBeGreaterThan(0);
      await expect.poll(() => page.locator('search-page [data-live]').textContent()).toMatch(c.count);
      const count = Number(/\d+/.exec((await page.locator('search-page [data-live]').textContent()) ?? '')?.[0]);
      expect(await page.locator('.search-result').count()).toBe(count);
      expect(await page.inputValue('#search-page-input')).toBe(c.query);
      expect(watch.consoleErrors).toEqual([]);
      expect(watch.externalRequests).toEqual([]);
      await page.close();
    });
  }

  it('works by keyboard: typing updates the results and the URL, ArrowDown walks the result links', async () => {
    const { page } = await openWatchedPage(shared.context, siteUrl);
    const requests = recordRequests(page);
    await page.goto(`${siteUrl}/search/`, { waitUntil: 'networkidle' });
    expect(requests.filter(isIndexRequest)).toEqual([]);
    await page.focus('#search-page-input');
    await page.keyboard.type('信息孤島');
    await page.locator('.search-result').first().waitFor();
    await page.waitForURL(/\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('信息孤島');
    await page.keyboard.press('ArrowDown');
    const firstHref = await page.locator('.search-result a').first().getAttribute('href');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(firstHref);
    await page.keyboard.press('ArrowDown');
    const secondHref = await page.locator('.search-result a').nth(1).getAttribute('href');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(secondHref);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-page-input');
    await page.close();
  });

  it('says so when nothing matches', async () => {
    const { page } = await openWatchedPage(shared.context, siteUrl);
    await page.goto(`${siteUrl}/en/search/?q=${encodeURIComponent('quantum computing')}`);
    await expect
      .poll(() => page.locator('search-page [data-live]').textContent())
      .toBe('No results for “quantum computing”');
    expect(await page.locator('.search-result').count()).toBe(0);
    await page.close();
  });

  it('has no serious or critical axe violation with results shown', async () => {
    const { page } = await openWatchedPage(shared.context, siteUrl);
    await page.goto(`${siteUrl}/search/?q=${encodeURIComponent('韌性治理')}`);
    await page.locator('.search-result').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
