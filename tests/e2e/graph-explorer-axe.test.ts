import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { openExplorer } from '../fixtures/graph-view/explorer-page';
import { useSharedBrowser } from './support/shared-browser';

const siteUrl = inject('siteUrl');
const shared = useSharedBrowser();

const locales = ['', '/zh-Hans', '/en'];
const views = ['/graph/', '/graph/figure-1/', '/graph/chains/'];
// A busy state: focus, selection with its details, a path with its sentence, a faded type.
// axe checks every one of the full graph's ~400 outline rows, which takes a while on a busy machine.
const busy =
  '?focus=chain-perception&depth=2&select=chain-perception&from=chain-perception&to=chain-disposal&hide-node=Source';

async function seriousViolations(path: string, open?: (page: import('playwright-core').Page) => Promise<void>) {
  const { page } = await openExplorer(shared.context, siteUrl, path);
  await open?.(page);
  const results = await new AxeBuilder({ page }).analyze();
  await page.close();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

describe('axe on the graph explorer', () => {
  for (const locale of locales) {
    for (const view of views) {
      it(`finds no serious or critical violation on ${locale || '/zh-Hant'}${view}`, { timeout: 120_000 }, async () => {
        expect(await seriousViolations(`${locale}${view}`)).toEqual([]);
      });
    }
    it(
      `finds none on ${locale || '/zh-Hant'}/graph/ with a focus, details, a path and an open outline node`,
      { timeout: 120_000 },
      async () => {
        const violations = await seriousViolations(`${locale}/graph/${busy}`, async (page) => {
          await page.locator('[role="tree"] [tabindex="0"]').focus();
          await page.keyboard.press('ArrowRight');
          await page.fill('#gx-search', locale === '/en' ? 'chain' : '鏈');
          await page.locator('#gx-search-list [role="option"]').first().waitFor();
        });
        expect(violations).toEqual([]);
      },
    );
  }
});
