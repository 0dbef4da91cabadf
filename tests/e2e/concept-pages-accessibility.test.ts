import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openWatchedPage } from './support/browser';

const siteUrl = inject('siteUrl');
const prefixes = { 'zh-Hant': '', 'zh-Hans': '/zh-Hans', en: '/en' };
// A concept with interpretive links and lessons, an Evidence node, a Source, the index and Table 1.
const pages = [
  '/concepts/chain-perception/',
  '/concepts/ev-fraud-fund-warnings/',
  '/concepts/fn-09/',
  '/concepts/',
  '/table-1/',
];

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser.close();
});

describe('accessibility of the concept pages and Table 1', () => {
  for (const [lang, prefix] of Object.entries(prefixes)) {
    for (const path of pages) {
      it(`has no serious or critical axe violation on ${path} in ${lang}`, async () => {
        const { page } = await openWatchedPage(context, siteUrl);
        const response = await page.goto(`${siteUrl}${prefix}${path}`);
        expect(response?.status()).toBe(200);
        const { violations } = await new AxeBuilder({ page }).analyze();
        const severe = violations
          .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
          .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
        expect(severe).toEqual([]);
        await page.close();
      });
    }
  }
});
