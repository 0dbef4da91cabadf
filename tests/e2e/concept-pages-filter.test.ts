import { describe, expect, inject, it } from 'vitest';
import { openWatchedPage } from './support/browser';
import { useSharedBrowser } from './support/shared-browser';

const siteUrl = inject('siteUrl');

const shared = useSharedBrowser();

describe('the concept index', () => {
  it('narrows the list as the reader types, hiding empty groups and saying how many are shown', async () => {
    const context = await shared.browser.newContext();
    const { page, watch } = await openWatchedPage(context, siteUrl);
    await page.goto(`${siteUrl}/concepts/`);
    const items = page.locator('[data-filter-text]');
    const total = await items.count();
    expect(total).toBeGreaterThan(300);
    await page.fill('#concept-filter-input', '感知鏈');
    const visible = page.locator('[data-filter-text]:visible');
    await expect.poll(() => visible.count()).toBeLessThan(total);
    expect(await visible.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('感知鏈')]));
    for (const text of await visible.allTextContents()) expect(text).toMatch(/感知鏈/);
    expect(await page.locator('[data-type-group]:visible').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-type-group]:visible').count()).toBeLessThan(
      await page.locator('[data-type-group]').count(),
    );
    await expect(page.locator('[data-filter-status]').textContent()).resolves.toMatch(/顯示 \d+ 個，共 \d+ 個/);
    await page.fill('#concept-filter-input', 'perception chain');
    await expect.poll(() => page.locator('a:visible', { hasText: '感知鏈' }).count()).toBeGreaterThan(0);
    await page.fill('#concept-filter-input', 'zzzz-no-such-thing');
    await expect.poll(() => visible.count()).toBe(0);
    await expect(page.locator('[data-filter-none]').isVisible()).resolves.toBe(true);
    await page.fill('#concept-filter-input', '');
    await expect.poll(() => visible.count()).toBe(total);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });

  it('lists every node without JavaScript, and hides the filter box that would not work', async () => {
    const context = await shared.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${siteUrl}/en/concepts/`);
    const items = page.locator('[data-filter-text]');
    expect(await items.count()).toBeGreaterThan(300);
    expect(await page.locator('[data-filter-text]:visible').count()).toBe(await items.count());
    await expect(page.locator('#concept-filter-input').isVisible()).resolves.toBe(false);
    await context.close();
  });
});
