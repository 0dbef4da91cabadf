import { describe, expect, inject, it } from 'vitest';
import { isIndexRequest, recordRequests, searchCases, seriousViolations } from '../fixtures/search-site/e2e-cases';
import { openWatchedPage } from './support/browser';
import { useSharedBrowser } from './support/shared-browser';

const siteUrl = inject('siteUrl');
const input = '#site-search-input';

const shared = useSharedBrowser();

describe('the header search box', () => {
  for (const c of searchCases) {
    it(`in ${c.lang}: "/" then "${c.query}" lists ${c.first} first with a marked match and a count; ArrowDown+Enter opens it`, async () => {
      const { page, watch } = await openWatchedPage(shared.context, siteUrl);
      const requests = recordRequests(page);
      await page.goto(siteUrl + c.home, { waitUntil: 'networkidle' });
      expect(requests.filter(isIndexRequest)).toEqual([]);
      const scriptsBeforeSearch = requests.filter((url) => url.endsWith('.js')).length;

      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
      await page.keyboard.type(c.query);
      const firstOption = page.locator('#site-search-listbox [role="option"]').first();
      // Results of the first keystrokes may show first; the whole query's marks settle last.
      const marks = () => firstOption.locator('.search-title mark').allTextContents();
      await expect
        .poll(async () => (await marks()).length > 0 && (await marks()).every((mark) => c.marked.test(mark)))
        .toBe(true);
      expect(await page.getAttribute(input, 'aria-expanded')).toBe('true');
      expect(await firstOption.getAttribute('data-url')).toBe(c.first);
      await expect.poll(() => page.locator('search-box [data-live]').textContent()).toMatch(c.count);

      expect(requests.filter(isIndexRequest).map((url) => new URL(url).pathname)).toEqual([
        `${c.home}search-index.json`,
      ]);
      expect(requests.filter((url) => url.endsWith('.js')).length).toBeGreaterThan(scriptsBeforeSearch);

      await page.keyboard.press('ArrowDown');
      const active = await page.getAttribute(input, 'aria-activedescendant');
      expect(await firstOption.getAttribute('id')).toBe(active);
      expect(await firstOption.getAttribute('aria-selected')).toBe('true');
      expect(watch.consoleErrors).toEqual([]);
      await page.keyboard.press('Enter');
      await page.waitForURL(siteUrl + c.first);
      expect(watch.externalRequests).toEqual([]);
      await page.close();
    });
  }

  it('moves with ArrowUp and ArrowDown through every option, wrapping, and Escape closes the popup', async () => {
    const { page } = await openWatchedPage(shared.context, siteUrl);
    await page.goto(`${siteUrl}/`);
    await page.focus(input);
    await page.keyboard.type('感知鏈');
    const options = page.locator('#site-search-listbox [role="option"]');
    await expect.poll(() => options.first().locator('mark').first().textContent()).toBe('感知鏈');
    const count = await options.count();
    expect(count).toBeGreaterThan(2);
    await page.keyboard.press('ArrowUp');
    expect(await page.getAttribute(input, 'aria-activedescendant')).toBe(
      await options.nth(count - 1).getAttribute('id'),
    );
    expect(await options.nth(count - 1).textContent()).toMatch(/查看全部 \d+ 筆結果/);
    await page.keyboard.press('ArrowDown');
    expect(await page.getAttribute(input, 'aria-activedescendant')).toBe(await options.nth(0).getAttribute('id'));
    await page.keyboard.press('Escape');
    expect(await page.getAttribute(input, 'aria-expanded')).toBe('false');
    expect(await page.isHidden('[data-popup]')).toBe(true);
    expect(await page.getAttribute(input, 'aria-activedescendant')).toBeNull();
    await page.close();
  });

  it('submits to the search page with ?q= when Enter is pressed without choosing an option', async () => {
    const { page } = await openWatchedPage(shared.context, siteUrl);
    await page.goto(`${siteUrl}/en/`);
    await page.focus(input);
    await page.keyboard.type('perception chain');
    await page.locator('#site-search-listbox [role="option"]').first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${siteUrl}/en/search/?q=perception+chain`);
    await page.locator('.search-result').first().waitFor();
    await page.close();
  });

  it('leaves "/" alone while another field has focus', async () => {
    const { page } = await openWatchedPage(shared.context, siteUrl);
    await page.goto(`${siteUrl}/search/`);
    await page.focus('#search-page-input');
    await page.keyboard.type('a/b');
    expect(await page.inputValue('#search-page-input')).toBe('a/b');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-page-input');
    await page.close();
  });

  it('has no serious or critical axe violation with the popup open', async () => {
    const { page } = await openWatchedPage(shared.context, siteUrl);
    await page.goto(`${siteUrl}/`);
    await page.keyboard.press('/');
    await page.keyboard.type('數據');
    await expect.poll(() => page.locator('#site-search-listbox mark').first().textContent()).toBe('數據');
    await page.keyboard.press('ArrowDown');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
