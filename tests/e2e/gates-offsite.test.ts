import { builtSiteDir } from './support/built-site';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { externalFetches } from '../../bench/lib/external-refs';
import { allPages } from '../../bench/lib/page-types';
import { openWatchedPage } from './support/browser';
import { useSharedBrowser } from './support/shared-browser';

// Gate: the site works on an intranet with no internet. No built HTML or CSS file makes the browser
// fetch from another host, and no page of any type requests anything outside the site while it
// loads, nor when its search is used.

const siteUrl = inject('siteUrl');
const pages = allPages(builtSiteDir());

function builtFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? builtFiles(join(dir, entry.name))
      : /\.(html|css)$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );
}

const shared = useSharedBrowser();

describe('no request leaves the site', () => {
  it('no built HTML or CSS file fetches a resource from another host', () => {
    const offenders = builtFiles(builtSiteDir()).flatMap((file) =>
      externalFetches(readFileSync(file, 'utf8')).map((url) => `${relative(builtSiteDir(), file)}: ${url}`),
    );
    expect(offenders).toEqual([]);
  });

  for (const target of pages) {
    it(`the ${target.type} page in ${target.locale} (${target.path}) requests nothing outside the site`, async () => {
      const { page, watch } = await openWatchedPage(shared.context, siteUrl);
      try {
        await page.goto(siteUrl + target.path, { waitUntil: 'networkidle' });
        const field = page.locator('main input[type="search"]').first();
        if ((await field.count()) > 0) {
          await field.fill('治理');
          await field.press('Enter');
          await page.waitForLoadState('networkidle');
        }
        expect(watch.externalRequests).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});
