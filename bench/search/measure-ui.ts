import type { Browser } from 'playwright-core';
import { VIEWPORT } from '../lib/browser';

/**
 * The first query on a search page from cold: loads the page (the index is not fetched yet), then
 * types `query` into the page's search field and presses Enter, and times until an element holding
 * the query's text is added to <main> outside the form, i.e. a result is shown. The index fetch,
 * lunr's loading and the rendering are all inside the time. Undefined when the page has no field.
 */
export async function uiColdQuery(browser: Browser, url: string, query: string): Promise<number | undefined> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    const field = page.locator('main input[type="search"]').first();
    if ((await field.count()) === 0) return undefined;
    await page.evaluate((text) => {
      const bench = window as unknown as { __searchStart?: number; __searchDone?: number };
      const main = document.querySelector('main') ?? document.body;
      new MutationObserver((records) => {
        if (bench.__searchStart === undefined || bench.__searchDone !== undefined) return;
        for (const record of records) {
          for (const node of record.addedNodes) {
            const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
            if (
              element &&
              !element.closest('form') &&
              (node.textContent ?? '').toLowerCase().includes(text.toLowerCase())
            ) {
              bench.__searchDone = performance.now();
              return;
            }
          }
        }
      }).observe(main, { childList: true, subtree: true });
      bench.__searchStart = performance.now();
    }, query);
    await field.fill(query);
    await field.press('Enter');
    await page.waitForFunction(
      () => (window as unknown as { __searchDone?: number }).__searchDone !== undefined,
      undefined,
      { timeout: 20_000, polling: 10 },
    );
    return await page.evaluate(() => {
      const bench = window as unknown as { __searchStart: number; __searchDone: number };
      return bench.__searchDone - bench.__searchStart;
    });
  } finally {
    await context.close();
  }
}
