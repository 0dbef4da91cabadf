import type { Browser } from 'playwright-core';
import { VIEWPORT } from './browser';
import { gzipSize } from './gzip';

/** What loading a page cost in JavaScript, and which heavy resources it fetched without being used. */
export interface PageLoad {
  /** JavaScript files requested, with raw and gzip bytes. */
  scripts: { url: string; bytes: number; gzip: number }[];
  /** Inline script bytes (gzip) in the HTML. */
  inlineGzip: number;
  /** Total JavaScript, gzip bytes (files + inline). */
  jsGzip: number;
  /** The Cytoscape library was loaded. */
  cytoscape: boolean;
  /** A search-index.json was fetched. */
  searchIndex: boolean;
  /** A graph-data.json was fetched. */
  graphData: boolean;
  /** Requests to another origin. */
  external: string[];
}

/** A string only Cytoscape's own code contains (its renderer's container class). */
const CYTOSCAPE_SIGNATURE = '__________cytoscape_container';

/** Loads `url` in a fresh context (cold cache), waits for the network to settle, and sums its JavaScript. */
export async function measurePageLoad(browser: Browser, url: string): Promise<PageLoad> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const load: PageLoad = {
    scripts: [],
    inlineGzip: 0,
    jsGzip: 0,
    cytoscape: false,
    searchIndex: false,
    graphData: false,
    external: [],
  };
  const pending: Promise<void>[] = [];
  page.on('request', (request) => {
    const target = request.url();
    if (!target.startsWith('data:') && !target.startsWith('blob:') && new URL(target).origin !== origin)
      load.external.push(target);
  });
  page.on('response', (response) => {
    const target = response.url();
    if (/search-index\.json(\?|$)/.test(target)) load.searchIndex = true;
    if (/graph-data\.json(\?|$)/.test(target)) load.graphData = true;
    if (response.request().resourceType() !== 'script' && !/\.m?js(\?|$)/.test(target)) return;
    pending.push(
      response.body().then(
        (body) => {
          load.scripts.push({ url: target, bytes: body.length, gzip: gzipSize(body) });
          if (body.includes(CYTOSCAPE_SIGNATURE)) load.cytoscape = true;
        },
        () => undefined,
      ),
    );
  });
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForTimeout(200);
    await Promise.all(pending);
    const inline = await page.$$eval('script:not([src])', (scripts) =>
      scripts.filter((s) => !/json/i.test(s.getAttribute('type') ?? '')).map((s) => s.textContent ?? ''),
    );
    load.inlineGzip = inline.filter((code) => code.trim() !== '').reduce((sum, code) => sum + gzipSize(code), 0);
    load.jsGzip = load.inlineGzip + load.scripts.reduce((sum, script) => sum + script.gzip, 0);
    return load;
  } finally {
    await context.close();
  }
}
