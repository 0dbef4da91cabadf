import { readFileSync } from 'node:fs';
import { serveStatic } from '../tests/e2e/support/static-server';
import { baselineScripts } from './graph/baseline-assets';
import { withBrowser } from './lib/browser';
import type { BenchContext } from './lib/context';
import { figure, notYet } from './lib/figure';
import { gzipSize, kilobytes } from './lib/gzip';
import { measurePageLoad, type PageLoad } from './lib/page-load';
import { allPages, GRAPH_PAGE_TYPES, PAGE_TYPES, type PageOfType, type PageTypeName } from './lib/page-types';
import type { Chart, Figure, Section } from './lib/result';
import { buildRealSite } from './lib/site';

// JavaScript (gzip) each page type loads, in each language, in Chromium with a cold cache; and
// whether a page without a graph loads Cytoscape, or any page the search index, before it is used.

const TARGET_KB: Partial<Record<PageTypeName, number>> = { lesson: 30, graph: 200, 'figure-1': 200, chains: 200 };

/** Gzip bytes of Cytoscape and the fcose layout: what the graph baseline page loads. */
function cytoscapeBaselineGzip(root: string): number {
  return baselineScripts(root).reduce((sum, { file }) => sum + gzipSize(readFileSync(file)), 0);
}

function typeFigure(type: PageTypeName, loads: { page: PageOfType; load: PageLoad }[], baselineGzip: number): Figure {
  const limit = TARGET_KB[type];
  const graphType = GRAPH_PAGE_TYPES.includes(type);
  const perLocale = loads.map(({ page, load }) => `${page.locale} ${kilobytes(load.jsGzip)} KB`).join(', ');
  const worst = Math.max(...loads.map(({ load }) => load.jsGzip));
  return figure({
    id: `page-weight.${type}`,
    label: `JavaScript on load (gzip), ${type} page`,
    unit: 'KB',
    ours: loads.length === 0 ? undefined : kilobytes(worst),
    missing: loads.length === 0 ? notYet(`no ${type} page in the build`) : undefined,
    baseline: graphType ? kilobytes(baselineGzip) : 0,
    baselineLabel: graphType
      ? 'Cytoscape + fcose alone (the graph baseline page)'
      : 'the same page as plain Astro (no JavaScript)',
    note: loads.length === 0 ? undefined : `largest of ${perLocale}; page ${loads[0]!.page.path}`,
    target: limit === undefined ? undefined : { text: `≤ ${limit} KB`, check: (ours) => ours <= limit },
  });
}

/** The page weight benchmark. */
export async function benchPageWeight(ctx: BenchContext): Promise<Omit<Section, 'seconds'>> {
  const { dist } = await buildRealSite(ctx);
  const pages = allPages(dist).filter((page) => !ctx.quick || page.locale === 'zh-Hant');
  const { url, server } = await serveStatic(dist);
  const loads: { page: PageOfType; load: PageLoad }[] = [];
  try {
    await withBrowser(async (browser) => {
      for (const page of pages) {
        ctx.log(`page weight of ${page.path}`);
        loads.push({ page, load: await measurePageLoad(browser, url + page.path) });
      }
    });
  } finally {
    server.close();
  }
  const baselineGzip = cytoscapeBaselineGzip(ctx.root);
  const types = PAGE_TYPES.map((t) => t.type);
  const figures = types.map((type) =>
    typeFigure(
      type,
      loads.filter((l) => l.page.type === type),
      baselineGzip,
    ),
  );
  const stray = loads.filter(({ page, load }) => load.cytoscape && !GRAPH_PAGE_TYPES.includes(page.type));
  const early = loads.filter(({ load }) => load.searchIndex);
  const external = loads.filter(({ load }) => load.external.length > 0);
  const list = (items: typeof loads) => items.map(({ page }) => page.path).join(', ');
  figures.push(
    figure({
      id: 'page-weight.cytoscape-without-graph',
      label: 'Pages without a graph that load Cytoscape',
      unit: 'pages',
      ours: stray.length,
      note: list(stray) || undefined,
      target: { text: '0', check: (n) => n === 0 },
    }),
    figure({
      id: 'page-weight.search-index-on-load',
      label: 'Pages that fetch the search index before a search',
      unit: 'pages',
      ours: early.length,
      note: list(early) || undefined,
      target: { text: '0', check: (n) => n === 0 },
    }),
    figure({
      id: 'page-weight.external-requests',
      label: 'Pages that request anything outside the site',
      unit: 'pages',
      ours: external.length,
      note: list(external) || undefined,
      target: { text: '0', check: (n) => n === 0 },
    }),
  );
  const missing = types.filter((type) => !loads.some((l) => l.page.type === type));
  const measured = types.filter((type) => !missing.includes(type));
  const chart: Chart = {
    title: 'JavaScript on load (gzip, largest language)',
    unit: 'KB',
    x: measured,
    series: [
      { name: 'ours', values: measured.map((type) => figures.find((f) => f.id === `page-weight.${type}`)?.ours) },
    ],
  };
  return {
    id: 'page-weight',
    title: 'Page weight',
    status: missing.length === 0 ? 'measured' : 'partial',
    reasons: missing.map((type) => notYet(`no ${type} page in the build`)),
    figures,
    charts: [chart],
    notes: [
      'Each page is loaded in headless Chromium with an empty cache; every JavaScript response (and inline script) until the network is idle is gzipped (zlib level 6) and summed.',
      `Cytoscape is recognised by a string only its code contains; the search index by its URL (search-index.json).`,
    ],
  };
}
