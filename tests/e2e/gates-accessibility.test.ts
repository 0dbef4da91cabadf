import { builtSiteDir } from './support/built-site';
import { describe, expect, inject, it } from 'vitest';
import { allPages } from '../../bench/lib/page-types';
import { severeAxeViolations } from './support/axe';
import { useSharedBrowser } from './support/shared-browser';

// Gate: axe-core finds no serious or critical violation on any page type in any language. The
// pages are found in dist/ (one per type), so a new page type is checked as soon as it is built.

const siteUrl = inject('siteUrl');
const pages = allPages(builtSiteDir());

const shared = useSharedBrowser({ viewport: { width: 1280, height: 800 } });

describe('accessibility gate (axe-core)', () => {
  it('finds pages of the main types in every language', () => {
    for (const locale of ['zh-Hant', 'zh-Hans', 'en']) {
      expect(pages.filter((page) => page.locale === locale).map((page) => page.type)).toEqual(
        expect.arrayContaining(['home', 'lesson']),
      );
    }
  });

  for (const target of pages) {
    it(`the ${target.type} page in ${target.locale} (${target.path}) has no serious or critical violation`, async () => {
      const page = await shared.context.newPage();
      try {
        await page.goto(siteUrl + target.path, { waitUntil: 'networkidle' });
        expect(await severeAxeViolations(page)).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});
