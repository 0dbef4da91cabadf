import { join } from 'node:path';
import { astroBuild, type BuildRun } from './build/astro-build';
import { writePlainAstroProject } from './build/plain-astro';
import { copyProject, readSourceCourse, replaceCourse } from './build/project-copy';
import { syntheticCourse, type ContentFile, type SourceCourse } from './build/synthetic-course';
import { SECRET_CANARY } from './lib/canary';
import type { BenchContext } from './lib/context';
import { figure } from './lib/figure';
import type { Chart, Figure, Section } from './lib/result';
import { scanForSecrets, secretValuesFromEnv } from './lib/scan-secrets';
import { round } from './lib/stats';
import { buildRealSite, realSiteDir } from './lib/site';

// Build time, pages and peak memory of our build beside a plain Astro + MDX build of the same MDX
// files, for the real course and for synthetic courses of 10, 100 and 1,000 lessons per language.

const PLAIN = 'plain Astro + MDX build of the same MDX files';
const MEMORY_LIMIT_MB = 2048;

interface Row {
  size: string;
  ours?: BuildRun | undefined;
  plain?: BuildRun | undefined;
  error?: string | undefined;
}

function realCourseFiles(source: SourceCourse): ContentFile[] {
  return [
    ...source.modules.flatMap((m) => [
      { path: `modules/zh-Hant/${m.slug}.mdx`, text: m.zh },
      { path: `modules/en/${m.slug}.mdx`, text: m.en },
    ]),
    ...source.lessons.flatMap((l) => [
      { path: `lessons/zh-Hant/${l.module}/${l.fileName}`, text: l.zh },
      { path: `lessons/en/${l.module}/${l.fileName}`, text: l.en },
    ]),
  ];
}

async function measureSize(ctx: BenchContext, size: number | 'real', source: SourceCourse): Promise<Row> {
  const row: Row = { size: String(size) };
  const files = size === 'real' ? realCourseFiles(source) : syntheticCourse(source, size);
  try {
    if (size === 'real') row.ours = (await buildRealSite(ctx)).run;
    else {
      const dir = join(ctx.out, 'build', `ours-${size}`);
      await copyProject(ctx.root, dir);
      await replaceCourse(dir, files);
      ctx.log(`building ours with ${size} synthetic lessons…`);
      row.ours = await astroBuild(ctx.root, dir);
    }
  } catch (error) {
    row.error = `our build failed: ${(error as Error).message.split('\n').slice(0, 6).join(' / ')}`;
  }
  const plainDir = join(ctx.out, 'build', `plain-${size}`);
  await writePlainAstroProject(plainDir, files, join(ctx.root, 'node_modules'));
  ctx.log(`building the plain Astro baseline with ${size === 'real' ? 'the real course' : `${size} lessons`}…`);
  row.plain = await astroBuild(ctx.root, plainDir);
  if (row.ours)
    ctx.log(
      `  ours ${row.ours.seconds.toFixed(1)} s (${row.ours.pages} pages), plain ${row.plain.seconds.toFixed(1)} s (${row.plain.pages} pages)`,
    );
  return row;
}

const perPageMs = (run: BuildRun | undefined) => (run && run.pages > 0 ? (run.seconds * 1000) / run.pages : undefined);

function rowFigures(row: Row): Figure[] {
  const what = row.size === 'real' ? 'the real course' : `${row.size} lessons`;
  const missing = row.error ?? (row.ours ? undefined : 'our build did not run');
  return [
    figure({
      id: `build.time.${row.size}`,
      label: `Build time, ${what}`,
      unit: 's',
      ours: row.ours && round(row.ours.seconds, 1),
      baseline: row.plain && round(row.plain.seconds, 1),
      baselineLabel: PLAIN,
      missing,
      note: row.ours && row.plain ? `${row.ours.pages} pages vs ${row.plain.pages} pages` : undefined,
      target: { text: '≤ 1.5 × plain Astro', check: (ours, base) => base !== undefined && ours <= 1.5 * base },
    }),
    figure({
      id: `build.per-page.${row.size}`,
      label: `Build cost per page, ${what}`,
      unit: 'ms',
      ours: round(perPageMs(row.ours) ?? Number.NaN, 1),
      baseline: round(perPageMs(row.plain) ?? Number.NaN, 1),
      baselineLabel: PLAIN,
      missing,
    }),
    figure({
      id: `build.memory.${row.size}`,
      label: `Peak memory, ${what}`,
      unit: 'MB',
      ours: row.ours?.peakMB,
      baseline: row.plain?.peakMB,
      baselineLabel: PLAIN,
      missing,
      target: { text: '< 2 GB', check: (ours) => ours < MEMORY_LIMIT_MB },
    }),
  ];
}

function scalingFigure(rows: readonly Row[]): Figure | undefined {
  const at = (size: string) => rows.find((row) => row.size === size);
  const [hundred, thousand] = [at('100'), at('1000')];
  if (!hundred || !thousand) return undefined;
  const ours = (perPageMs(thousand.ours) ?? Number.NaN) / (perPageMs(hundred.ours) ?? Number.NaN);
  const plain = (perPageMs(thousand.plain) ?? Number.NaN) / (perPageMs(hundred.plain) ?? Number.NaN);
  return figure({
    id: 'build.per-page-growth',
    label: 'Cost per page at 1,000 lessons ÷ cost per page at 100',
    unit: '×',
    ours: round(ours, 2),
    baseline: round(plain, 2),
    baselineLabel: PLAIN,
    missing: thousand.error ?? hundred.error,
    target: { text: '≤ 1.2', check: (value) => value <= 1.2 },
  });
}

function marginalFigure(rows: readonly Row[]): Figure | undefined {
  const [hundred, thousand] = [rows.find((r) => r.size === '100'), rows.find((r) => r.size === '1000')];
  if (!hundred || !thousand) return undefined;
  const marginal = (a: BuildRun | undefined, b: BuildRun | undefined) =>
    a && b && b.pages > a.pages ? ((b.seconds - a.seconds) * 1000) / (b.pages - a.pages) : Number.NaN;
  return figure({
    id: 'build.marginal-per-page',
    label: 'Marginal cost of one more page, 100 → 1,000 lessons',
    unit: 'ms',
    ours: round(marginal(hundred.ours, thousand.ours), 1),
    baseline: round(marginal(hundred.plain, thousand.plain), 1),
    baselineLabel: PLAIN,
    missing: thousand.error ?? hundred.error,
    note: 'extra build time ÷ extra pages: the cost of content, without the fixed cost of the graph pages',
  });
}

function secretsFigure(dist: string | undefined): Figure {
  const findings = dist ? scanForSecrets(dist, [SECRET_CANARY, ...secretValuesFromEnv(process.env)]) : [];
  return figure({
    id: 'build.secrets',
    label: 'Secrets in the build output (NEO4J_PASSWORD canary, secret-named env values, credential URIs)',
    unit: 'files',
    ours: dist ? findings.length : undefined,
    missing: dist ? undefined : 'the real site did not build',
    note:
      findings.map((f) => `${f.file}: ${f.what}`).join('; ') || 'built with NEO4J_PASSWORD set to a canary; none found',
    target: { text: '0', check: (n) => n === 0 },
  });
}

function charts(rows: readonly Row[]): Chart[] {
  const x = rows.map((row) => (row.size === 'real' ? 'real' : `${row.size} lessons`));
  return [
    {
      title: 'Build time',
      unit: 's',
      x,
      series: [
        { name: 'ours', values: rows.map((r) => r.ours && round(r.ours.seconds, 1)) },
        { name: 'plain Astro', values: rows.map((r) => r.plain && round(r.plain.seconds, 1)) },
      ],
    },
    {
      title: 'Build cost per page',
      unit: 'ms',
      x,
      series: [
        { name: 'ours', values: rows.map((r) => perPageMs(r.ours)) },
        { name: 'plain Astro', values: rows.map((r) => perPageMs(r.plain)) },
      ],
    },
  ];
}

/** The build benchmark. */
export async function benchBuild(ctx: BenchContext): Promise<Omit<Section, 'seconds'>> {
  const source = readSourceCourse(ctx.root);
  const sizes: (number | 'real')[] = ctx.quick ? ['real', 10] : ['real', 10, 100, 1000];
  const rows: Row[] = [];
  for (const size of sizes) rows.push(await measureSize(ctx, size, source));
  const extra = [
    scalingFigure(rows),
    marginalFigure(rows),
    secretsFigure((await buildRealSite(ctx).catch(() => undefined))?.dist),
  ].filter((f): f is Figure => f !== undefined);
  const figures = [...rows.flatMap(rowFigures), ...extra];
  const errors = rows.flatMap((row) => (row.error ? [`${row.size}: ${row.error}`] : []));
  return {
    id: 'build',
    title: 'Build',
    status: errors.length === 0 ? 'measured' : 'partial',
    reasons: errors,
    figures,
    charts: charts(rows),
    notes: [
      `Each build runs once, cold (fresh copy of the project under ${realSiteDir(ctx)
        .replace(ctx.root + '/', '')
        .replace('ours-real', '')}, own Astro and Vite caches), with the project's Node ${process.version} and Astro.`,
      'Synthetic courses clone the real lessons round-robin into modules of 4 lessons, in zh-Hant and en; zh-Hans pages are generated as on the real site.',
      'Our pages include every concept page, table and index in three languages (a fixed cost); the baseline renders only the module and lesson pages, so the ratio falls as lessons grow.',
      "Peak memory is the largest process's maximum resident set size (GNU time -v).",
    ],
  };
}
