// npm run bench [-- --only build,page-weight,graph,search,neo4j] [--quick] [--reuse] [--merge] [--out DIR]
// Runs the benchmarks, writes bench/results.json and bench/report.html, and prints a summary.
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchBuild } from './build';
import { benchGraphView } from './graph-view';
import { chromiumVersion } from './lib/browser';
import type { BenchContext } from './lib/context';
import type { Results, Section } from './lib/result';
import { benchNeo4j } from './neo4j';
import { benchPageWeight } from './page-weight';
import { writeReports } from './report';
import { summaryText } from './report/summary';
import { benchSearch } from './search';

const BENCHES: Record<Section['id'], { title: string; run: (ctx: BenchContext) => Promise<Omit<Section, 'seconds'>> }> =
  {
    build: { title: 'Build', run: benchBuild },
    'page-weight': { title: 'Page weight', run: benchPageWeight },
    graph: { title: 'Graph view', run: benchGraphView },
    search: { title: 'Search', run: benchSearch },
    neo4j: { title: 'Neo4j', run: benchNeo4j },
  };

const USAGE = `Usage: npm run bench -- [--only ${Object.keys(BENCHES).join(',')}] [--quick] [--reuse] [--merge]
  --only   run some benchmarks (comma-separated); default all
  --quick  smallest sizes, one repetition: a smoke run of a few minutes (results go to bench/out/)
  --reuse  use the site built by an earlier run (bench/out/build/ours-real/dist) instead of building it
  --merge  with --only: replace those sections in bench/results.json and keep the others
  --out    scratch folder instead of bench/out/ (builds, copies, partial reports), e.g. for two runs at once`;

/** The results in `file` with the sections of `fresh` put in place of theirs, in benchmark order. */
async function merged(file: string, fresh: Results): Promise<Results> {
  const earlier = JSON.parse(await readFile(file, 'utf8')) as Results;
  const byId = new Map<Section['id'], Section>(
    earlier.sections.map((section) => [section.id, { ...section, startedAt: section.startedAt ?? earlier.startedAt }]),
  );
  for (const section of fresh.sections) byId.set(section.id, section);
  const order = Object.keys(BENCHES);
  const sections = [...byId.values()].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  return { ...earlier, machine: { ...earlier.machine, ...fresh.machine }, sections };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      quick: { type: 'boolean' },
      reuse: { type: 'boolean' },
      merge: { type: 'boolean' },
      out: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const ids = (values.only?.split(',').map((id) => id.trim()) ?? Object.keys(BENCHES)) as Section['id'][];
  const unknown = ids.filter((id) => !(id in BENCHES));
  if (unknown.length > 0) {
    console.error(`Unknown benchmark ${unknown.join(', ')}.\n${USAGE}`);
    return 2;
  }
  const benchDir = dirname(fileURLToPath(import.meta.url));
  const root = resolve(benchDir, '..');
  const out = values.out === undefined ? join(benchDir, 'out') : resolve(values.out);
  await mkdir(out, { recursive: true });
  const ctx: BenchContext = {
    root,
    out,
    quick: values.quick === true,
    reuse: values.reuse === true,
    log: (message) => console.error(`[bench] ${message}`),
  };
  const results: Results = {
    version: 1,
    startedAt: new Date().toISOString(),
    quick: ctx.quick,
    machine: {
      cpus: cpus().length,
      memoryGB: Math.round(totalmem() / 2 ** 30),
      platform: `${process.platform} ${process.arch}`,
      node: process.version,
    },
    sections: [],
  };
  for (const id of ids) {
    const started = performance.now();
    const startedAt = new Date().toISOString();
    const loadBefore = loadavg()[0]!;
    ctx.log(`— ${BENCHES[id].title} —`);
    let section: Omit<Section, 'seconds'>;
    try {
      section = await BENCHES[id].run(ctx);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      ctx.log(`${id} could not run: ${reason}`);
      section = {
        id,
        title: BENCHES[id].title,
        status: 'not-measured',
        reasons: [reason],
        figures: [],
        charts: [],
        notes: [],
      };
    }
    // Other work on a shared machine inflates absolute times; ratios measured in the same run hold better.
    const load = `Machine load average (1 min) ${loadBefore.toFixed(1)} at the start and ${loadavg()[0]!.toFixed(1)} at the end, on ${cpus().length} CPUs.`;
    results.sections.push({
      ...section,
      notes: [...section.notes, load],
      seconds: Math.round((performance.now() - started) / 100) / 10,
      startedAt,
    });
  }
  const chromium = chromiumVersion();
  if (chromium) results.machine.chromium = chromium;
  // A partial or quick run must not overwrite the committed figures of the last full run, unless it
  // is asked to replace only its own sections in them (--merge).
  const full = !ctx.quick && ids.length === Object.keys(BENCHES).length;
  const merge = !ctx.quick && values.merge === true && existsSync(join(benchDir, 'results.json'));
  const output = merge ? await merged(join(benchDir, 'results.json'), results) : results;
  const written = await writeReports(output, full || merge ? benchDir : out);
  console.log(summaryText(results));
  const kept = full
    ? ''
    : merge
      ? ' (other sections kept from the earlier run)'
      : ' (a partial or quick run: bench/results.json is left as it was)';
  console.log(`\nWrote ${written.join(' and ')}${kept}.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
