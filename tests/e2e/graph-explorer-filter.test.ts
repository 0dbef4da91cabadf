import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openExplorer, outlineCounts, query } from '../fixtures/graph-view/explorer-page';
import { useSharedBrowser } from './support/shared-browser';

const siteUrl = inject('siteUrl');
const shared = useSharedBrowser();

const legendCount = async (page: Page, kind: 'node' | 'edge', type: string) =>
  Number(await page.locator(`label:has(input[data-kind="${kind}"][value="${type}"]) .count`).textContent());

describe('the legend as a filter', () => {
  it('fades, then hides, an unchecked node type while its live count stays, and keeps the filter in the URL', async () => {
    const { page } = await openExplorer(shared.context, siteUrl, '/en/graph/');
    const before = await outlineCounts(page);
    const sources = await legendCount(page, 'node', 'Source');
    expect(sources).toBeGreaterThan(0);

    await page.uncheck('input[data-kind="node"][value="Source"]');
    await page.waitForURL(/hide-node=Source/);
    await expect(page.locator('[role="tree"] > .ti-node.faded').count()).resolves.toBe(sources);
    expect(await outlineCounts(page)).toEqual(before);

    await page.check('input[name="gx-filter-mode"][value="hide"]');
    await page.waitForURL(/filter=hide/);
    const after = await outlineCounts(page);
    expect(after.nodes).toBe(before.nodes - sources);
    expect(after.edges).toBeLessThan(before.edges);
    expect(await legendCount(page, 'node', 'Source')).toBe(sources);
    await page.close();
  });

  it('hides an unchecked relationship type and counts what it left out', async () => {
    const { page } = await openExplorer(shared.context, siteUrl, '/en/graph/?filter=hide');
    const before = await outlineCounts(page);
    const cites = await legendCount(page, 'edge', 'CITES');
    await page.uncheck('input[data-kind="edge"][value="CITES"]');
    await page.waitForURL(/hide-rel=CITES/);
    expect(await outlineCounts(page)).toEqual({ nodes: before.nodes, edges: before.edges - cites });
    expect(query(page).getAll('hide-rel')).toEqual(['CITES']);
    await page.click('button[data-all="edge"]');
    expect(await outlineCounts(page)).toEqual(before);
    await page.close();
  });
});
