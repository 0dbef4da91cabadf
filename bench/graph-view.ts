import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeBaselinePage } from './graph/baseline-page';
import { measureView, type ViewRun } from './graph/measure-view';
import { writeSyntheticGraphData } from './graph/synthetic-data';
import { withBrowser } from './lib/browser';
import type { BenchContext } from './lib/context';
import { figure, notYet } from './lib/figure';
import { serveOverlay } from './lib/overlay-server';
import { pagesOfEachType } from './lib/page-types';
import type { Chart, Figure, Section } from './lib/result';
import { median, ratio, round } from './lib/stats';
import { buildRealSite } from './lib/site';

// Time to first render and to first interaction of the explorer (/graph/) in headless Chromium, for
// our graph and generated exports of 2,000 and 5,000 nodes, beside a page that draws the same data
// with the same style but lays it out with fcose when it loads.

const BASELINE = 'same data, same style, laid out with fcose in the browser at load';

interface Dataset {
  name: string;
  /** graph-data.json to serve instead of the site's; undefined: the site's own. */
  file?: string | undefined;
  nodes: number;
  edges: number;
  deriveSeconds?: number | undefined;
}

interface Runs {
  dataset: Dataset;
  ours: ViewRun[];
  baseline: ViewRun[];
  oursMissing?: string | undefined;
}

const med = (runs: readonly ViewRun[], pick: (run: ViewRun) => number | undefined) => {
  const values = runs.map(pick).filter((v): v is number => v !== undefined);
  return values.length === 0 ? undefined : round(median(values), 0);
};
const firstError = (runs: readonly ViewRun[]) => runs.find((run) => run.error)?.error;
/** The first render, or the time limit of a run that did not render in time (a lower bound). */
const renderOrLimit = (run: ViewRun) => run.firstRender ?? run.timedOut;

function datasetFigures({ dataset, ours, baseline, oursMissing }: Runs): Figure[] {
  const key = dataset.file ? String(dataset.nodes) : 'ours';
  const is2000 = dataset.nodes === 2000;
  const missing = oursMissing ?? (firstError(ours) ? `failed: ${firstError(ours)}` : undefined);
  const timedOut = baseline.some((run) => run.timedOut !== undefined);
  const baseNote = timedOut
    ? `the baseline did not render within ${Math.round((baseline[0]?.timedOut ?? 0) / 1000)} s: its figure is that limit, a lower bound, so the ratio is an upper bound`
    : firstError(baseline)
      ? `baseline: ${firstError(baseline)}`
      : undefined;
  const runsNote = `median of ${ours.length} run(s) (baseline ${baseline.length}); ${dataset.nodes} nodes, ${dataset.edges} relationships`;
  return [
    figure({
      id: `graph.first-render.${key}`,
      label: `First render, ${dataset.name}`,
      unit: 'ms',
      ours: med(ours, (r) => r.firstRender),
      baseline: med(baseline, renderOrLimit),
      baselineLabel: BASELINE,
      missing,
      note: [
        runsNote,
        baseNote,
        dataset.deriveSeconds !== undefined
          ? `build-time layout and metrics took ${dataset.deriveSeconds.toFixed(1)} s`
          : undefined,
      ]
        .filter(Boolean)
        .join('; '),
      target: is2000 ? { text: '≤ 1,000 ms', check: (o) => o <= 1000 } : undefined,
    }),
    ...(is2000
      ? [
          figure({
            id: `graph.first-render-ratio.${key}`,
            label: `First render ÷ the baseline's, ${dataset.name}`,
            unit: '×',
            ours: ratio(
              med(ours, (r) => r.firstRender),
              med(baseline, renderOrLimit),
            ),
            missing,
            note: timedOut ? 'the baseline hit its time limit: this is an upper bound' : undefined,
            target: { text: '≤ 0.2 (a fifth)', check: (o) => o <= 0.2 },
          }),
        ]
      : []),
    figure({
      id: `graph.first-interaction.${key}`,
      label: `First interaction (a tap selects a node), ${dataset.name}`,
      unit: 'ms',
      ours: med(ours, (r) => r.firstInteraction),
      baseline: med(baseline, (r) => r.firstInteraction),
      baselineLabel: BASELINE,
      missing,
      note: baseNote,
    }),
    figure({
      id: `graph.pan-p95.${key}`,
      label: `Frame time while dragging the view, 95th percentile, ${dataset.name}`,
      unit: 'ms',
      ours: med(ours, (r) => r.panP95),
      baseline: med(baseline, (r) => r.panP95),
      baselineLabel: BASELINE,
      missing,
      note: `median frame ${med(ours, (r) => r.panP50) ?? '—'} ms (baseline ${med(baseline, (r) => r.panP50) ?? '—'} ms)`,
      target: is2000 ? { text: 'smooth: ≤ 50 ms (≥ 20 frames/s)', check: (o) => o <= 50 } : undefined,
    }),
  ];
}

function dataSrcOf(html: string): string {
  return /<graph-explorer[^>]*\sdata-src="([^"]+)"/.exec(html)?.[1] ?? '/graph-data.json';
}

/** The graph view benchmark. */
export async function benchGraphView(ctx: BenchContext): Promise<Omit<Section, 'seconds'>> {
  const { dist } = await buildRealSite(ctx);
  const dir = join(ctx.out, 'graph');
  await writeBaselinePage(ctx.root, join(dir, 'baseline'));
  const graphPage = pagesOfEachType(dist, 'zh-Hant').find((page) => page.type === 'graph');
  const oursMissing = graphPage ? undefined : notYet('the build has no /graph/ page');
  const dataSrc = graphPage
    ? dataSrcOf(readFileSync(join(dist, graphPage.path, 'index.html'), 'utf8'))
    : '/graph-data.json';
  const real = existsSync(join(dist, 'graph-data.json'))
    ? (JSON.parse(readFileSync(join(dist, 'graph-data.json'), 'utf8')) as { nodes: unknown[]; edges: unknown[] })
    : undefined;
  const datasets: Dataset[] = real ? [{ name: 'our graph', nodes: real.nodes.length, edges: real.edges.length }] : [];
  for (const nodes of ctx.quick ? [2000] : [2000, 5000]) {
    ctx.log(`generating a ${nodes}-node graph through the site's pipeline…`);
    const made = await writeSyntheticGraphData(nodes, dir);
    datasets.push({ name: `generated export of ${nodes.toLocaleString('en')} nodes`, ...made });
  }
  const server = await serveOverlay(dist, { '/__bench/': join(dir, 'baseline') });
  const all: Runs[] = [];
  try {
    await withBrowser(async (browser) => {
      for (const dataset of datasets) {
        for (const path of new Set([dataSrc, '/graph-data.json'])) server.override(path, dataset.file);
        const runs: Runs = { dataset, ours: [], baseline: [], oursMissing };
        const reps = ctx.quick ? 1 : 3;
        for (let i = 0; graphPage && i < reps; i++) {
          ctx.log(`explorer, ${dataset.name}, run ${i + 1}/${reps}`);
          runs.ours.push(await measureView(browser, `${server.url}${graphPage.path}`, 60_000));
        }
        // fcose grows steeply (about a minute for 1,000 generated nodes here): large graphs run once, with a limit.
        const baseReps = ctx.quick || dataset.nodes >= 2000 ? 1 : 2;
        const limit = ctx.quick ? 60_000 : dataset.nodes >= 5000 ? 120_000 : 240_000;
        for (let i = 0; i < baseReps; i++) {
          ctx.log(`fcose baseline, ${dataset.name}, run ${i + 1}/${baseReps}`);
          runs.baseline.push(await measureView(browser, `${server.url}/__bench/`, limit));
        }
        all.push(runs);
      }
    });
  } finally {
    await server.close();
  }
  const figures = all.flatMap(datasetFigures);
  const x = all.map((r) => r.dataset.name.replace('generated export of ', ''));
  const chart = (title: string, pick: (run: ViewRun) => number | undefined): Chart => ({
    title,
    unit: 'ms',
    x,
    series: [
      { name: 'ours (build-time layout)', values: all.map((r) => med(r.ours, pick)) },
      {
        name: 'baseline (fcose at load; a limit when it did not finish)',
        values: all.map((r) => med(r.baseline, pick)),
      },
    ],
  });
  const reasons = [
    ...(oursMissing ? [oursMissing] : []),
    ...(real ? [] : [notYet('the build has no /graph-data.json')]),
  ];
  return {
    id: 'graph',
    title: 'Graph view',
    status: reasons.length === 0 ? 'measured' : 'partial',
    reasons,
    figures,
    charts: [chart('First render', renderOrLimit), chart('First interaction', (r) => r.firstInteraction)],
    notes: [
      `Headless Chromium (software rendering, no GPU), viewport 1280×800, cold cache; times are from navigation start. The page's ${dataSrc} is swapped for the generated graph-data.json.`,
      'First render: the first Cytoscape "render" event with nodes, caught by a probe injected before the page\'s scripts (the same probe in both pages).',
      'First interaction: a tap on the largest node on screen, sent as soon as the first render happened, until the URL or an aria-live region changes.',
      "Panning: the mouse drags the view (Playwright: a press on an empty spot, then 60 moves of a few pixels); frame times are counted from the first pan to the frame of the last move. A drag, not cy.panBy(): Cytoscape draws a big graph as one texture (and hides its edges) only while the reader drags, pinches or wheels, in both pages, and a programmatic pan redraws every element each frame, which no reader's pan does.",
      "Generated exports come from src/lib/graph-view/synthetic-export.ts (our labels, about two relationships per node) and go through the site's own parse, derive and browser-graph steps.",
    ],
  };
}
