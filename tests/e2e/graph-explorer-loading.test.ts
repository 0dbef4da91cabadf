import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openExplorer } from '../fixtures/graph-view/explorer-page';
import { openWatchedPage } from './support/browser';
import { useSharedBrowser } from './support/shared-browser';

const siteUrl = inject('siteUrl');
const shared = useSharedBrowser();

function scriptsLoaded(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  return scripts;
}

describe('loading the graph library', () => {
  it('does not load Cytoscape on a page without a graph', async () => {
    const { page } = await openWatchedPage(shared.context, siteUrl);
    const scripts = scriptsLoaded(page);
    await page.goto(`${siteUrl}/en/`, { waitUntil: 'networkidle' });
    expect(scripts.filter((path) => /cytoscape/i.test(path))).toEqual([]);
    await page.close();
  });

  it('loads Cytoscape on a graph page only once the drawing is shown, and makes no request off the site', async () => {
    const { page, watch } = await openWatchedPage(shared.context, siteUrl);
    const scripts = scriptsLoaded(page);
    await page.goto(`${siteUrl}/en/graph/?list=1`, { waitUntil: 'networkidle' });
    await page.waitForSelector('graph-explorer[data-state="ready"]');
    expect(scripts.filter((path) => /cytoscape/i.test(path))).toEqual([]);
    await page.click('[data-part="list-only"]');
    await page.waitForSelector('graph-explorer[data-canvas="drawn"]');
    expect(scripts.filter((path) => /cytoscape/i.test(path))).toHaveLength(1);
    expect(watch.externalRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });

  it('draws each view in each language without a console error', async () => {
    for (const locale of ['', '/zh-Hans', '/en']) {
      for (const view of ['/graph/', '/graph/figure-1/', '/graph/chains/']) {
        const { page, watch } = await openExplorer(shared.context, siteUrl, `${locale}${view}`);
        await expect(page.getAttribute('html', 'lang')).resolves.toBe(locale ? locale.slice(1) : 'zh-Hant');
        expect(watch.consoleErrors).toEqual([]);
        await page.close();
      }
    }
  });
});
