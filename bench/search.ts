import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { SerialisedSearchIndex } from '~/lib/search/search-doc';
import { withBrowser, VIEWPORT } from './lib/browser';
import type { BenchContext } from './lib/context';
import { figure, notYet } from './lib/figure';
import { gzipSize, kilobytes } from './lib/gzip';
import { serveOverlay } from './lib/overlay-server';
import { LOCALE_PREFIXES, pagesOfEachType, type SiteLocale } from './lib/page-types';
import type { Chart, Figure, Section } from './lib/result';
import { median, percentile, round } from './lib/stats';
import { buildRealSite } from './lib/site';
import { lunrJsonOf } from './search/lunr-baseline';
import { writeSearchProbe } from './search/probe-page';
import { querySet } from './search/queries';
import { uiColdQuery } from './search/measure-ui';

// Search: index bytes per language; the first query from cold on the search page (index fetch
// included); warm queries. Baselines: lunr's own serialised index of the same docs, and a linear
// scan of the stored text.

type Probe = {
  coldOurs(url: string, q: string): Promise<number>;
  coldPlainLunr(url: string, q: string): Promise<number>;
  warm(url: string, q: string[]): number[];
  scan(url: string, q: string[]): number[];
};

interface LocaleResult {
  locale: SiteLocale;
  bytes: number;
  gzip: number;
  lunrBytes: number;
  lunrGzip: number;
  ui?: number | undefined;
  uiMissing?: string | undefined;
  coreCold: number;
  lunrCold: number;
  warm: number[];
  scan: number[];
  queries: number;
}

async function measureLocale(
  ctx: BenchContext,
  browser: Browser,
  base: string,
  dist: string,
  locale: SiteLocale,
): Promise<LocaleResult> {
  const indexPath = `${LOCALE_PREFIXES[locale]}search-index.json`;
  const text = readFileSync(join(dist, indexPath), 'utf8');
  const data = JSON.parse(text) as SerialisedSearchIndex;
  const lunrText = JSON.stringify({ locale: data.locale, index: lunrJsonOf(data), docs: data.docs });
  await mkdir(join(ctx.out, 'search', 'lunr'), { recursive: true });
  await writeFile(join(ctx.out, 'search', 'lunr', `${locale}.json`), lunrText);
  const queries = querySet(data.docs, 50);
  const first = queries.find((q) => !q.includes(' ')) ?? queries[0] ?? '';
  const reps = ctx.quick ? 1 : 3;
  const searchPage = pagesOfEachType(dist, locale).find((page) => page.type === 'search');
  const ui: number[] = [];
  for (let i = 0; searchPage && i < reps; i++) {
    const time = await uiColdQuery(browser, `${base}${searchPage.path}`, first);
    if (time !== undefined) ui.push(time);
  }
  const core: number[] = [];
  const plain: number[] = [];
  let warm: number[] = [];
  let scan: number[] = [];
  for (let i = 0; i < reps; i++) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    await page.goto(`${base}/__bench/search/`, { waitUntil: 'load' });
    await page.waitForFunction(() => 'searchBench' in window);
    core.push(
      await page.evaluate(([url, q]) => (window as unknown as { searchBench: Probe }).searchBench.coldOurs(url, q), [
        indexPath,
        first,
      ] as const),
    );
    plain.push(
      await page.evaluate(
        ([url, q]) => (window as unknown as { searchBench: Probe }).searchBench.coldPlainLunr(url, q),
        [`/__bench/lunr/${locale}.json`, first] as const,
      ),
    );
    if (i === reps - 1) {
      warm = await page.evaluate(([url, q]) => (window as unknown as { searchBench: Probe }).searchBench.warm(url, q), [
        indexPath,
        queries,
      ] as const);
      scan = await page.evaluate(([url, q]) => (window as unknown as { searchBench: Probe }).searchBench.scan(url, q), [
        indexPath,
        queries,
      ] as const);
    }
    await context.close();
  }
  return {
    locale,
    bytes: Buffer.byteLength(text),
    gzip: gzipSize(text),
    lunrBytes: Buffer.byteLength(lunrText),
    lunrGzip: gzipSize(lunrText),
    ui: ui.length > 0 ? median(ui) : undefined,
    uiMissing: searchPage
      ? ui.length > 0
        ? undefined
        : notYet(`the ${locale} search page has no search field in <main>`)
      : notYet(`no ${locale} search page in the build`),
    coreCold: median(core),
    lunrCold: median(plain),
    warm,
    scan,
    queries: queries.length,
  };
}

function localeFigures(r: LocaleResult): Figure[] {
  const lunrLabel = "lunr's own serialised index of the same docs and weights";
  const scanLabel = 'linear scan of the stored text (no index)';
  return [
    figure({
      id: `search.index-gzip.${r.locale}`,
      label: `Index size (gzip), ${r.locale}`,
      unit: 'KB',
      ours: kilobytes(r.gzip),
      baseline: kilobytes(r.lunrGzip),
      baselineLabel: lunrLabel,
      note: `raw ${kilobytes(r.bytes)} KB (baseline ${kilobytes(r.lunrBytes)} KB)`,
    }),
    figure({
      id: `search.first-query-ui.${r.locale}`,
      label: `First query from cold, search page, ${r.locale}`,
      unit: 'ms',
      ours: r.ui === undefined ? undefined : round(r.ui, 0),
      missing: r.uiMissing,
      note: 'typing the query and pressing Enter until a result shows; includes the index fetch and lunr loading',
      target: { text: '≤ 300 ms', check: (ours) => ours <= 300 },
    }),
    figure({
      id: `search.first-query-core.${r.locale}`,
      label: `First query from cold, search core alone (fetch, load, query), ${r.locale}`,
      unit: 'ms',
      ours: round(r.coreCold, 0),
      baseline: round(r.lunrCold, 0),
      baselineLabel: `fetch, lunr.Index.load and lunr's query of the same terms (no ranking tiers, no snippets) with ${lunrLabel}`,
    }),
    figure({
      id: `search.warm-p50.${r.locale}`,
      label: `Warm query p50, ${r.locale}`,
      unit: 'ms',
      ours: round(percentile(r.warm, 50), 2),
      baseline: round(percentile(r.scan, 50), 2),
      baselineLabel: scanLabel,
      note: `${r.queries} queries from the index's titles`,
    }),
    figure({
      id: `search.warm-p95.${r.locale}`,
      label: `Warm query p95, ${r.locale}`,
      unit: 'ms',
      ours: round(percentile(r.warm, 95), 2),
      baseline: round(percentile(r.scan, 95), 2),
      baselineLabel: scanLabel,
      target: { text: '≤ 20 ms', check: (ours) => ours <= 20 },
    }),
  ];
}

/** The search benchmark. */
export async function benchSearch(ctx: BenchContext): Promise<Omit<Section, 'seconds'>> {
  const { dist } = await buildRealSite(ctx);
  const locales = (Object.keys(LOCALE_PREFIXES) as SiteLocale[]).filter((locale) =>
    existsSync(join(dist, LOCALE_PREFIXES[locale], 'search-index.json')),
  );
  if (locales.length === 0) throw new Error(notYet('the build has no search-index.json'));
  const probeDir = join(ctx.out, 'search', 'probe');
  await writeSearchProbe(ctx.root, probeDir);
  await mkdir(join(ctx.out, 'search', 'lunr'), { recursive: true });
  const server = await serveOverlay(dist, {
    '/__bench/search/': probeDir,
    '/__bench/lunr/': join(ctx.out, 'search', 'lunr'),
  });
  const results: LocaleResult[] = [];
  try {
    await withBrowser(async (browser) => {
      for (const locale of locales) {
        ctx.log(`search, ${locale}`);
        results.push(await measureLocale(ctx, browser, server.url, dist, locale));
      }
    });
  } finally {
    await server.close();
  }
  const x = results.map((r) => r.locale);
  const charts: Chart[] = [
    {
      title: 'Search index size (gzip)',
      unit: 'KB',
      x,
      series: [
        { name: 'ours (term counts)', values: results.map((r) => kilobytes(r.gzip)) },
        { name: "lunr's own JSON", values: results.map((r) => kilobytes(r.lunrGzip)) },
      ],
    },
    {
      title: 'Warm query p95',
      unit: 'ms',
      x,
      series: [
        { name: 'ours (lunr)', values: results.map((r) => percentile(r.warm, 95)) },
        { name: 'linear scan', values: results.map((r) => percentile(r.scan, 95)) },
      ],
    },
  ];
  const uiMissing = results.flatMap((r) => (r.uiMissing ? [r.uiMissing] : []));
  return {
    id: 'search',
    title: 'Search',
    status: uiMissing.length === 0 ? 'measured' : 'partial',
    reasons: uiMissing,
    figures: results.flatMap(localeFigures),
    charts,
    notes: [
      'Headless Chromium, a fresh context (empty cache) for every cold run; medians of 3 runs (1 with --quick).',
      'The search page searches 200 ms after the last keystroke; the cold figure presses Enter, which searches at once, so it measures the work and not the wait.',
      "Warm queries run the site's own core (searchIndex with every match collapsed to one result per page, as the page does) in the page after a cold load, without rendering.",
    ],
  };
}
