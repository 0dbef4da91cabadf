import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openExplorer, query } from '../fixtures/graph-view/explorer-page';
import { launchChromium } from './support/browser';

const siteUrl = inject('siteUrl');
let browser: Browser;
let phone: BrowserContext;
beforeAll(async () => {
  browser = await launchChromium();
  phone = await browser.newContext({
    viewport: { width: 375, height: 740 },
    deviceScaleFactor: 2,
    hasTouch: true,
    isMobile: true,
  });
});
afterAll(async () => {
  await browser.close();
});

describe('the explorer on a 375-pixel touch screen', () => {
  it('fits the screen without sideways scrolling, every control in reach', async () => {
    const { page } = await openExplorer(phone, siteUrl, '/graph/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    for (const control of await page
      .locator(
        'graph-explorer .gx-toolbar button:visible, graph-explorer .gx-toolbar input, graph-explorer .gx-zoom button',
      )
      .all()) {
      const box = (await control.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(375);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    await page.close();
  });

  it('selects a node with a tap, shows it in the chip and opens its details from there', async () => {
    const { page } = await openExplorer(phone, siteUrl, '/graph/?focus=chain-perception');
    await page.locator('[data-part="stage"]').evaluate((stage) => stage.scrollIntoView({ block: 'center' }));
    const at = await page
      .locator('graph-explorer')
      .evaluate((element) =>
        (element as unknown as { clientPositionOf(id: string): { x: number; y: number } }).clientPositionOf(
          'chain-assessment',
        ),
      );
    await page.touchscreen.tap(at.x, at.y);
    await page.waitForURL(/select=chain-assessment/);
    await expect(page.locator('[data-part="chip-name"]').textContent()).resolves.toBe('評估鏈');
    await page.tap('[data-part="chip-details"]');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('評估鏈');
    expect(query(page).get('focus')).toBe('chain-perception');
    await page.close();
  });

  it('zooms with the on-screen buttons for readers who cannot pinch', async () => {
    const { page } = await openExplorer(phone, siteUrl, '/graph/figure-1/');
    await page.locator('[data-part="stage"]').evaluate((stage) => stage.scrollIntoView({ block: 'center' }));
    const before = await page
      .locator('graph-explorer')
      .evaluate((element) =>
        (element as unknown as { clientPositionOf(id: string): { x: number; y: number } }).clientPositionOf(
          'public-security-governance',
        ),
      );
    await page.tap('[data-part="zoom-in"]');
    await page.waitForTimeout(400);
    const after = await page
      .locator('graph-explorer')
      .evaluate((element) =>
        (element as unknown as { clientPositionOf(id: string): { x: number; y: number } }).clientPositionOf(
          'public-security-governance',
        ),
      );
    expect(after.x).not.toBeCloseTo(before.x, 0);
    await page.close();
  });
});
