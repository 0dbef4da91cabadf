// Bundled into the search benchmark's probe page (bench/search/probe-page.ts): the site's own search
// core, timed in the browser, beside two baselines over the same docs: lunr's own serialised index
// of the same weights (loaded by lunr and queried with the same terms) and a linear scan of the
// stored text (no index).
import lunr from 'lunr';
import { foldForSearch } from '~/lib/search/fold';
// Registers the pipeline function lunr's JSON names.
import '~/lib/search/lunr-pipeline';
import { planQuery } from '~/lib/search/query-plan';
import { type LoadedSearchIndex, loadSearchIndex, searchIndex, type SerialisedSearchIndex } from '~/lib/search/search';
import { pageOf } from '~/lib/search-site/page-results';

const loaded = new Map<string, LoadedSearchIndex>();

// As the site's searcher does (components/search-box/load-searcher.ts): every match, one per page.
const query = (index: LoadedSearchIndex, text: string) =>
  searchIndex(index, text, { limit: index.docs.length, groupOf: pageOf });

async function coldOurs(url: string, text: string): Promise<number> {
  const started = performance.now();
  const index = loadSearchIndex((await (await fetch(url, { cache: 'no-store' })).json()) as SerialisedSearchIndex);
  query(index, text);
  loaded.set(url, index);
  return performance.now() - started;
}

async function coldPlainLunr(url: string, text: string): Promise<number> {
  const started = performance.now();
  const file = (await (await fetch(url, { cache: 'no-store' })).json()) as { index: object };
  const index = lunr.Index.load(file.index);
  const plan = planQuery(text);
  index.query((q) => {
    for (const term of plan.required) q.term(term, { usePipeline: false });
    for (const term of plan.boosts) q.term(term, { usePipeline: false, boost: 3 });
  });
  return performance.now() - started;
}

function warm(url: string, texts: readonly string[]): number[] {
  const index = loaded.get(url);
  if (!index) throw new Error(`load ${url} cold first`);
  return texts.map((text) => {
    const started = performance.now();
    query(index, text);
    return performance.now() - started;
  });
}

function scan(url: string, texts: readonly string[]): number[] {
  const index = loaded.get(url);
  if (!index) throw new Error(`load ${url} cold first`);
  const folded = index.docs.map((doc) => foldForSearch(`${doc.title} ${doc.text}`));
  return texts.map((text) => {
    const started = performance.now();
    const terms = foldForSearch(text).split(/\s+/).filter(Boolean);
    folded.filter((doc) => terms.every((term) => doc.includes(term)));
    return performance.now() - started;
  });
}

Object.assign(window, { searchBench: { coldOurs, coldPlainLunr, warm, scan } });
