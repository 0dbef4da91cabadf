import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openExplorer, outlineNames } from '../fixtures/graph-view/explorer-page';
import { useSharedBrowser } from './support/shared-browser';

const siteUrl = inject('siteUrl');
const shared = useSharedBrowser();

/** Everything a reader sees of a view, apart from pixels. */
async function snapshot(page: Page) {
  return {
    outline: await outlineNames(page),
    selected: await page.locator('[role="tree"] [aria-selected="true"] .ti-label').allTextContents(),
    details: await page.locator('[data-part="details-body"] h3').textContent(),
    sentence: await page.locator('[data-part="path-result"] .path-sentence').textContent(),
    depth: await page.locator('[data-part="depth"]').inputValue(),
    unchecked: await page
      .locator('[data-part="legend-body"] input[type="checkbox"]:not(:checked)')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)),
    mode: await page.locator('input[name="gx-filter-mode"]:checked').inputValue(),
    onPath: await page.locator('[role="tree"] > .ti-node.on-path .ti-label').allTextContents(),
  };
}

describe('the permalink', () => {
  it('restores the same view in a fresh browser context: focus, depth, expansion, filters, path and selection', async () => {
    const first = await shared.browser.newContext();
    const { page } = await openExplorer(first, siteUrl, '/en/graph/');
    await page.fill('#gx-search', 'Perception chain');
    await page.locator('#gx-search-list [role="option"]', { hasText: 'Perception chain' }).first().click();
    await page.selectOption('[data-part="depth"]', '2');
    await page.uncheck('input[data-kind="edge"][value="CITES"]');
    await page.check('input[name="gx-filter-mode"][value="hide"]');
    await page
      .locator('[role="tree"] > [role="treeitem"]', { hasText: 'Assessment chain' })
      .locator('.ti-label')
      .first()
      .click();
    const expand = page.locator('[data-part="details-body"] button[data-act="expand"]');
    if (await expand.count()) await expand.click();
    await page.click('[data-part="details-body"] button[data-act="from"]');
    await page.fill('#gx-path-to', 'Big data');
    await page.locator('#gx-path-to-list [role="option"]', { hasText: 'Big data' }).first().click();
    await page.waitForURL(/to=/);
    const url = page.url();
    const before = await snapshot(page);
    expect(before.sentence).toMatch(/“Assessment chain”/);
    expect(new URL(url).searchParams.get('depth')).toBe('2');
    await first.close();

    const second = await shared.browser.newContext();
    const reopened = await openExplorer(second, siteUrl, url.slice(siteUrl.length));
    expect(await snapshot(reopened.page)).toEqual(before);
    expect(reopened.page.url()).toBe(url);
    await second.close();
  });

  it('goes back to the previous focus with the browser Back button', async () => {
    const context = await shared.browser.newContext();
    const { page } = await openExplorer(context, siteUrl, '/en/graph/?focus=chain-perception');
    await page.fill('#gx-search', 'Disposal chain');
    await page.locator('#gx-search-list [role="option"]', { hasText: 'Disposal chain' }).first().click();
    await page.waitForURL(/focus=chain-disposal/);
    await page.goBack();
    await page.waitForURL(/focus=chain-perception/);
    await expect(page.locator('[role="tree"] > .ti-node.focus .ti-label').textContent()).resolves.toBe(
      'Perception chain',
    );
    await context.close();
  });

  it('skips ids the graph does not have and says so', async () => {
    const context = await shared.browser.newContext();
    const { page } = await openExplorer(context, siteUrl, '/en/graph/?focus=no-such-node&select=chain-perception');
    await page.locator('[data-part="announcer"]', { hasText: 'no-such-node' }).waitFor();
    await expect(page.locator('[data-part="details-body"] h3').textContent()).resolves.toBe('Perception chain');
    await context.close();
  });
});
