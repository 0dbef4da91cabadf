import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { announced, openExplorer } from '../fixtures/graph-view/explorer-page';
import { useSharedBrowser } from './support/shared-browser';

const siteUrl = inject('siteUrl');
const shared = useSharedBrowser();

const focused = (page: Page) =>
  page.evaluate(() => {
    const item = document.activeElement as HTMLElement | null;
    return {
      role: item?.getAttribute('role'),
      text: item?.querySelector('.ti-label')?.textContent ?? '',
      selected: item?.getAttribute('aria-selected'),
    };
  });

/** Walks from the focused node along its relationship whose sentence names `target`: → opens, → enters, ↓ finds, → follows. */
async function hop(page: Page, phrase: string): Promise<void> {
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 30 && !(await focused(page)).text.includes(phrase); i++) await page.keyboard.press('ArrowDown');
  expect((await focused(page)).text).toContain(phrase);
  await page.keyboard.press('ArrowRight');
}

describe('keyboard traversal with the drawing hidden', () => {
  it('enters the graph at one tab stop and walks three hops along relationships, announcing each selection', async () => {
    const { page, watch } = await openExplorer(shared.context, siteUrl, '/en/graph/chains/');
    await page.click('[data-part="list-only"]');
    await expect(page.locator('[data-part="stage"]').isHidden()).resolves.toBe(true);
    expect(new URL(page.url()).searchParams.get('list')).toBe('1');

    await expect(page.locator('[role="tree"] [tabindex="0"]').count()).resolves.toBe(1);
    await page.focus('#gx-search');
    for (let i = 0; i < 20 && (await focused(page)).role !== 'treeitem'; i++) await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ role: 'treeitem', text: 'Perception chain' });

    await hop(page, 'precedes “Assessment chain”');
    expect(await focused(page)).toMatchObject({ text: 'Assessment chain', selected: 'true' });
    await hop(page, 'precedes “Contingency-plan chain”');
    await hop(page, 'precedes “Decision chain”');
    expect(await focused(page)).toMatchObject({ role: 'treeitem', text: 'Decision chain', selected: 'true' });
    expect(new URL(page.url()).searchParams.get('select')).toBe('chain-decision');
    expect(await announced(page, /Decision chain/)).toMatch(
      /^Selected: Decision chain \(Chain\), \d+ relationships\.$/,
    );

    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('H3');
    await expect(page.locator('[data-part="details-body"] h3').textContent()).resolves.toBe('Decision chain');
    await page.keyboard.press('Escape');
    expect(await focused(page)).toMatchObject({ role: 'treeitem', text: 'Decision chain' });
    await page.keyboard.press('Escape');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('gx-search');

    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });

  it('goes back with ← and closes a node’s relationships with ←', async () => {
    const { page } = await openExplorer(shared.context, siteUrl, '/en/graph/chains/?list=1', { drawing: false });
    await page.locator('[role="tree"] [tabindex="0"]').focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[role="tree"] [tabindex="0"]').getAttribute('aria-expanded')).resolves.toBe('true');
    await page.keyboard.press('ArrowRight');
    expect((await focused(page)).role).toBe('treeitem');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('[role="tree"] [tabindex="0"]').getAttribute('aria-expanded')).resolves.toBe('false');
    await page.close();
  });

  it('shows the rest of a hub’s neighbours from its “+N more” entry, keeping the keyboard in the outline', async () => {
    const { page } = await openExplorer(
      shared.context,
      siteUrl,
      '/en/graph/?focus=new-quality-combat-effectiveness&list=1',
      {
        drawing: false,
      },
    );
    const before = await page.locator('[role="tree"] > [role="treeitem"]').count();
    await page.locator('[role="tree"] [tabindex="0"]').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    for (let i = 0; i < 40 && !/more neighbours/.test((await focused(page)).text); i++)
      await page.keyboard.press('ArrowDown');
    const more = await focused(page);
    expect(more.text).toMatch(/^Show \d+ more neighbours$/);
    const hidden = Number(more.text.match(/\d+/)![0]);
    await page.keyboard.press('Enter');
    await page.waitForURL(/more=new-quality-combat-effectiveness/);
    await expect(page.locator('[role="tree"] > [role="treeitem"]').count()).resolves.toBe(before + hidden);
    expect((await focused(page)).role).toBe('treeitem');
    await page.close();
  });
});
