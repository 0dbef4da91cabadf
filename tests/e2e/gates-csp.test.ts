import { builtSiteDir } from './support/built-site';
import type { Server } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allPages } from '../../bench/lib/page-types';
import { STRICT_CSP } from '../../bench/lib/strict-csp';
import { launchChromium } from './support/browser';
import { serveStatic } from './support/static-server';

// Gate: every page type works under a strict Content-Security-Policy (no inline scripts, no eval,
// connections only to the site): no violation is reported, every custom element on the page was
// defined by its script, and the page's main interactive part still works.

const pages = allPages(builtSiteDir());

let server: Server;
let siteUrl: string;
let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  ({ url: siteUrl, server } = await serveStatic(builtSiteDir(), { 'content-security-policy': STRICT_CSP }));
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
});
afterAll(async () => {
  await browser.close();
  await new Promise((done) => server.close(done));
});

// Records violations from the first byte of each document on.
const RECORD_VIOLATIONS = `window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__cspViolations.push(event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline code') + ' at ' + (event.sourceFile || '').replace(location.origin, '') + ':' + event.lineNumber);
});`;

async function undefinedCustomElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const names = new Set(
      [...document.querySelectorAll('*')].map((element) => element.localName).filter((name) => name.includes('-')),
    );
    return [...names].filter((name) => customElements.get(name) === undefined);
  });
}

async function checkMainInteraction(page: Page): Promise<string | undefined> {
  if ((await page.locator('graph-explorer').count()) > 0) {
    const drawn = await page
      .waitForFunction(() => document.querySelector('graph-explorer canvas') !== null, undefined, { timeout: 20_000 })
      .then(
        () => true,
        () => false,
      );
    if (!drawn) return 'the graph explorer drew no canvas';
  }
  const field = page.locator('main input[type="search"]').first();
  if ((await field.count()) > 0) {
    const query = (await page.getAttribute('html', 'lang'))?.startsWith('en') ? 'governance' : '治理';
    await field.fill(query);
    await field.press('Enter');
    const answered = await page
      .waitForFunction(
        (text) =>
          [...document.querySelectorAll('main li, main [role="option"]')].some(
            (item) => !item.closest('form') && (item.textContent ?? '').toLowerCase().includes(text),
          ),
        query,
        { timeout: 20_000 },
      )
      .then(
        () => true,
        () => false,
      );
    if (!answered) return `searching for "${query}" showed no result`;
  }
  return undefined;
}

describe('strict Content-Security-Policy gate', () => {
  for (const target of pages) {
    it(`the ${target.type} page in ${target.locale} (${target.path}) works with no CSP violation`, async () => {
      const page = await context.newPage();
      const consoleCsp: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) consoleCsp.push(message.text().slice(0, 200));
      });
      try {
        await page.addInitScript(RECORD_VIOLATIONS);
        await page.goto(siteUrl + target.path, { waitUntil: 'networkidle' });
        const broken = await checkMainInteraction(page);
        const violations = await page.evaluate(
          () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
        );
        expect({
          violations,
          console: consoleCsp,
          undefinedElements: await undefinedCustomElements(page),
          broken,
        }).toEqual({
          violations: [],
          console: [],
          undefinedElements: [],
          broken: undefined,
        });
      } finally {
        await page.close();
      }
    });
  }
});
