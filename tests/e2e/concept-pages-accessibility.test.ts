import { describe, expect, inject, it } from 'vitest';
import { openWatchedPage } from './support/browser';
import { severeAxeViolations } from './support/axe';
import { useSharedBrowser } from './support/shared-browser';

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

const shared = useSharedBrowser();

describe('accessibility of the concept pages and Table 1', () => {
  for (const [lang, prefix] of Object.entries(prefixes)) {
    for (const path of pages) {
      it(`has no serious or critical axe violation on ${path} in ${lang}`, async () => {
        const { page } = await openWatchedPage(shared.context, siteUrl);
        const response = await page.goto(`${siteUrl}${prefix}${path}`);
        expect(response?.status()).toBe(200);
        expect(await severeAxeViolations(page)).toEqual([]);
        await page.close();
      });
    }
  }
});
