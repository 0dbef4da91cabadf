import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { indexGraph } from '~/lib/graph-view/graph-index';
import { parseBrowserGraph } from '~/lib/graph-view/parse-browser-graph';
import { pathSentence } from '~/lib/graph-view/path-sentence';
import { kShortestPaths } from '~/lib/graph-view/shortest-paths';
import { announced, openExplorer, query } from '../fixtures/graph-view/explorer-page';
import { useSharedBrowser } from './support/shared-browser';

const siteUrl = inject('siteUrl');
const shared = useSharedBrowser();

async function chooseEnd(page: Page, end: 'from' | 'to', typed: string, name: string): Promise<void> {
  await page.fill(`#gx-path-${end}`, typed);
  await page.locator(`#gx-path-${end}-list [role="option"]`, { hasText: name }).first().click();
}

async function expectedSentence(locale: string, from: string, to: string, words: Parameters<typeof pathSentence>[2]) {
  const data = parseBrowserGraph(await (await fetch(`${siteUrl}${locale}graph-data.json`)).json());
  const index = indexGraph(data);
  const [path] = kShortestPaths(index, from, to, 3);
  return { sentence: pathSentence(index, path!, words), hops: path!.edges.length };
}

describe('"how are A and B related?"', () => {
  it('writes the shortest path as an English sentence with the relationship names, and highlights it', async () => {
    const { page } = await openExplorer(shared.context, siteUrl, '/en/graph/');
    await chooseEnd(page, 'from', 'perception chain', 'Perception chain');
    await chooseEnd(page, 'to', 'smart resource', 'Smart resource');
    await page.waitForURL(/to=/);
    const expected = await expectedSentence('/en/', 'chain-perception', query(page).get('to')!, {
      open: '“',
      close: '”',
      join: '; ',
      end: '.',
      space: ' ',
    });
    const sentence = page.locator('[data-part="path-result"] .path-sentence');
    await expect(sentence.textContent()).resolves.toBe(expected.sentence);
    expect(expected.sentence).toMatch(/^“Perception chain” (precedes|is part of|uses|enables|produces) /);
    await expect(page.locator('[role="tree"] > .ti-node.on-path').count()).resolves.toBe(expected.hops + 1);
    expect(await announced(page, /^Path:/)).toContain(expected.sentence);
    await page.close();
  });

  it('writes the sentence with Chinese phrases on the zh-Hant page and offers the alternatives', async () => {
    const { page } = await openExplorer(shared.context, siteUrl, '/graph/?from=chain-perception&to=chain-disposal');
    const expected = await expectedSentence('/', 'chain-perception', 'chain-disposal', {
      open: '「',
      close: '」',
      join: '；',
      end: '。',
      space: '',
    });
    const sentence = page.locator('[data-part="path-result"] .path-sentence');
    await expect(sentence.textContent()).resolves.toBe(expected.sentence);
    expect(expected.sentence).toMatch(/^「感知鏈」.*「處置鏈」.*。$/);
    const alternatives = page.locator('.path-alternatives button');
    await expect(alternatives.count()).resolves.toBe(3);
    await alternatives.nth(1).click();
    await page.waitForURL(/alt=1/);
    await expect(alternatives.nth(1).getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(sentence.textContent()).resolves.not.toBe(expected.sentence);
    await page.close();
  });

  it('answers "no connection" explicitly when the filters leave no path', async () => {
    const { page } = await openExplorer(shared.context, siteUrl, '/en/graph/?from=chain-perception&to=chain-disposal');
    await page.click('button[data-none="edge"]');
    const none = page.locator('[data-part="path-result"] .path-none');
    await expect(none.textContent()).resolves.toBe(
      'There is no connection between “Perception chain” and “Disposal chain” with the current filters.',
    );
    expect(await announced(page, /no connection/)).toContain('no connection');
    await page.close();
  });
});
