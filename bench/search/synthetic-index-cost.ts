// How much of the build the search indexes take on the build benchmark's synthetic courses: builds the
// three locales' search-index.json text through the endpoint's own functions (siteSearchDocs →
// searchIndexJson) from a synthetic course of N lessons, and prints time and memory per step.
// Usage: npx tsx bench/search/synthetic-index-cost.ts [lessons=1000]   (add --cpu-prof via node --import tsx)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseExportsOrThrow } from '~/lib/graph/parse-export';
import type { Locale } from '~/lib/i18n/locales';
import { parseQuizFile } from '~/lib/quiz/file/parse-quiz-file';
import { searchIndexJson } from '~/lib/search-site/index-json';
import { siteSearchDocs } from '~/lib/search-site/site-search-docs';
import type { SiteSearchInput } from '~/lib/search-site/site-search-input';
import { readSourceCourse } from '../build/project-copy';
import { splitFrontmatter, syntheticCourse } from '../build/synthetic-course';
import { searchEntriesOf } from '../../tests/fixtures/search-site/real-site-input';

function syntheticInput(root: string, lessons: number): SiteSearchInput {
  const files = syntheticCourse(readSourceCourse(root), lessons);
  const entries = (folder: string) =>
    files
      .filter((file) => file.path.startsWith(`${folder}/`) && file.path.endsWith('.mdx'))
      .map((file) => ({ id: file.path.slice(folder.length + 1, -'.mdx'.length), ...splitFrontmatter(file.text) }));
  const graphFile = join(root, 'graph', 'framework.jsonl');
  return {
    graph: parseExportsOrThrow([{ file: graphFile, text: readFileSync(graphFile, 'utf8') }]),
    ...searchEntriesOf(entries('modules'), entries('lessons')),
    quizzes: files
      .filter((file) => file.path.startsWith('quizzes/'))
      .map((file) => parseQuizFile(file.text, file.path).quiz),
  };
}

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
const lessons = Number(process.argv[2] ?? 1000);
let started = performance.now();
const input = syntheticInput(process.cwd(), lessons);
console.log(`${lessons} lessons: input read in ${(performance.now() - started).toFixed(0)} ms`);
for (const locale of ['zh-Hant', 'zh-Hans', 'en'] as const satisfies readonly Locale[]) {
  started = performance.now();
  const docs = siteSearchDocs(input, locale);
  const docsMs = performance.now() - started;
  started = performance.now();
  const json = searchIndexJson(docs, locale);
  const indexMs = performance.now() - started;
  const { heapUsed, rss } = process.memoryUsage();
  console.log(
    `${locale}: ${docs.length} docs in ${docsMs.toFixed(0)} ms, index ${indexMs.toFixed(0)} ms, ` +
      `${(json.length / 1e6).toFixed(2)} M chars; heap ${megabytes(heapUsed)}, rss ${megabytes(rss)}`,
  );
}
