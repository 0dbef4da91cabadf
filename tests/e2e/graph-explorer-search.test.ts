import { describe, expect, inject, it } from 'vitest';
import { announced, openExplorer, outlineNames, query } from '../fixtures/graph-view/explorer-page';
import { useSharedBrowser } from './support/shared-browser';

const siteUrl = inject('siteUrl');
const shared = useSharedBrowser();

describe('searching the graph explorer', () => {
  it('finds 感知鏈 from the Simplified input 感知链 and focuses it, with URL, outline, details and live region in step', async () => {
    const { page, watch } = await openExplorer(shared.context, siteUrl, '/graph/');
    await page.fill('#gx-search', '感知链');
    await page.locator('#gx-search-list [role="option"]', { hasText: '感知鏈' }).first().waitFor();
    await expect(page.locator('#gx-search').getAttribute('aria-expanded')).resolves.toBe('true');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/focus=chain-perception/);
    expect(query(page).get('select')).toBe('chain-perception');
    await expect(page.locator('[data-part="details-body"] h3').textContent()).resolves.toBe('感知鏈');
    const names = await outlineNames(page);
    expect(names[0]).toBe('感知鏈');
    expect(names).toContain('評估鏈');
    expect(names.length).toBeLessThan(40);
    expect(await announced(page, /感知鏈/)).toMatch(/以「感知鏈」為中心/);
    const conceptPage = await page.locator('[data-part="details-body"] .concept-link').getAttribute('href');
    expect(conceptPage).toBe('/concepts/chain-perception/');
    expect((await fetch(siteUrl + conceptPage)).status).toBe(200);
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });

  it('suggests names in the page language on the English page, and says when nothing matches', async () => {
    const { page } = await openExplorer(shared.context, siteUrl, '/en/graph/');
    await page.fill('#gx-search', 'perception');
    const options = page.locator('#gx-search-list [role="option"]');
    await options.first().waitFor();
    expect(await options.allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('Perception chain')]),
    );
    await page.fill('#gx-search', 'zzzz-nothing');
    await expect(options.first().textContent()).resolves.toBe('No node matches');
    await page.close();
  });

  it('shows Simplified names on the zh-Hans page and finds them from Traditional input', async () => {
    const { page } = await openExplorer(shared.context, siteUrl, '/zh-Hans/graph/');
    await page.fill('#gx-search', '感知鏈');
    await page.locator('#gx-search-list [role="option"]', { hasText: '感知链' }).first().click();
    await page.waitForURL(/focus=chain-perception/);
    await expect(page.locator('[data-part="details-body"] h3').textContent()).resolves.toBe('感知链');
    await page.close();
  });
});
