import { readFile } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import { outlineNames } from '../fixtures/graph-view/explorer-page';
import { openWatchedPage } from './support/browser';
import { useSharedBrowser } from './support/shared-browser';

const siteUrl = inject('siteUrl');
const fixture = await readFile('tests/fixtures/graph-view/xss-graph.json', 'utf8');
const shared = useSharedBrowser();

describe('text from an export', () => {
  it('shows a node named <img src=x onerror=alert(1)> as text everywhere, and no script runs', async () => {
    const context = await shared.browser.newContext();
    const { page } = await openWatchedPage(context, siteUrl);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.route('**/en/graph-data.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: fixture }),
    );
    await page.goto(`${siteUrl}/en/graph/?select=xss&from=third&to=safe`);
    await page.waitForSelector('graph-explorer[data-canvas="drawn"]');

    expect(await outlineNames(page)).toEqual(
      expect.arrayContaining(['<img src=x onerror=alert(1)>', '<svg onload=alert(4)>']),
    );
    const details = page.locator('[data-part="details-body"]');
    await expect(details.locator('h3').textContent()).resolves.toBe('<img src=x onerror=alert(1)>');
    await expect(details.locator('.definition').textContent()).resolves.toBe('<script>alert(2)</script> & "quotes"');
    await expect(page.locator('[data-part="path-result"] .path-sentence').textContent()).resolves.toBe(
      '“<svg onload=alert(4)>” enables “<img src=x onerror=alert(1)>”; “<img src=x onerror=alert(1)>” enables “Plain node”.',
    );
    await expect(page.locator('[data-part="legend-body"]').textContent()).resolves.toContain('<i>Odd type</i>');
    await page.fill('#gx-search', '<img');
    await expect(page.locator('#gx-search-list [role="option"] .opt-name').first().textContent()).resolves.toBe(
      '<img src=x onerror=alert(1)>',
    );

    await expect(
      page
        .locator('graph-explorer img, graph-explorer script, graph-explorer u, graph-explorer i, graph-explorer b')
        .count(),
    ).resolves.toBe(0);
    await expect(page.locator('graph-explorer a[href^="javascript:"]').count()).resolves.toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    await context.close();
  });
});
