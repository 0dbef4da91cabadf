import { describe, expect, inject, it } from 'vitest';
import { openWatchedPage } from './support/browser';
import { severeAxeViolations } from './support/axe';
import { useSharedBrowser } from './support/shared-browser';

const siteUrl = inject('siteUrl');
const prefixes = { 'zh-Hant': '', 'zh-Hans': '/zh-Hans', en: '/en' };
// A module with callouts, a statistic, a chain diagram and a concept graph, so axe sees every course component.
const pages = [
  { name: 'course', path: '/course/' },
  { name: 'module', path: '/modules/tool-innovation/' },
  { name: 'lesson', path: '/modules/tool-innovation/perception-and-assessment/' },
];

const shared = useSharedBrowser();

describe('accessibility of the course pages', () => {
  for (const [lang, prefix] of Object.entries(prefixes)) {
    for (const { name, path } of pages) {
      it(`has no serious or critical axe violation on the ${name} page in ${lang}`, async () => {
        const { page } = await openWatchedPage(shared.context, siteUrl);
        const response = await page.goto(`${siteUrl}${prefix}${path}`);
        expect(response?.status()).toBe(200);
        expect(await severeAxeViolations(page)).toEqual([]);
        await page.close();
      });
    }
  }
});
