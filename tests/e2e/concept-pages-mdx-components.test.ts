import { describe, expect, inject, it } from 'vitest';
import { openWatchedPage } from './support/browser';
import { useSharedBrowser } from './support/shared-browser';

const siteUrl = inject('siteUrl');
// A lesson that uses ConceptLink, ChainDiagram (with a highlight) and Statistic-free prose.
const lesson = '/modules/tool-innovation/perception-and-assessment/';

const shared = useSharedBrowser();

describe('ConceptLink in a lesson', () => {
  it('shows its definition card on keyboard focus, hides it on Escape, and is a plain link to the concept page', async () => {
    const { page, watch } = await openWatchedPage(shared.context, siteUrl);
    await page.goto(`${siteUrl}/en${lesson}`);
    const link = page.locator('main p [data-concept-link]').first();
    const anchor = link.locator('a').first();
    const card = link.locator('[role="tooltip"]');
    await expect(card.isVisible()).resolves.toBe(false);
    await anchor.focus();
    await expect(card.isVisible()).resolves.toBe(true);
    const describedBy = await anchor.getAttribute('aria-describedby');
    await expect(card.getAttribute('id')).resolves.toBe(describedBy);
    await page.keyboard.press('Escape');
    await expect(card.isVisible()).resolves.toBe(false);
    const href = (await anchor.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/en\/concepts\/[^/]+\/$/);
    await anchor.click();
    await page.waitForURL(`${siteUrl}${href}`);
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });

  it('shows the card on hover, in the page language, with unique ids on the page', async () => {
    const { page } = await openWatchedPage(shared.context, siteUrl);
    await page.goto(`${siteUrl}/zh-Hans${lesson}`);
    const link = page.locator('main p [data-concept-link]').first();
    await link.locator('a').first().hover();
    await expect(link.locator('[role="tooltip"]').isVisible()).resolves.toBe(true);
    const ids = await page.locator('[role="tooltip"]').evaluateAll((cards) => cards.map((card) => card.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(await page.locator('main').innerText()).not.toMatch(/[鏈數據評]/);
    await page.close();
  });
});

describe('ChainDiagram in a lesson', () => {
  it('lists the five chains in order with outputs and technologies, emphasising the highlighted one', async () => {
    const { page } = await openWatchedPage(shared.context, siteUrl);
    await page.goto(`${siteUrl}/en${lesson}`);
    const diagram = page.locator('ol.chain-diagram').first();
    const names = await diagram.locator(':scope > li > a.name').allTextContents();
    expect(names.map((name) => name.trim())).toEqual([
      'Perception chain',
      'Assessment chain',
      'Contingency-plan chain',
      'Decision chain',
      'Disposal chain',
    ]);
    expect(await diagram.locator(':scope > li[aria-current="step"]').count()).toBe(1);
    expect(await diagram.locator(':scope > li').first().locator('ul a').count()).toBeGreaterThan(1);
    await page.close();
  });
});
