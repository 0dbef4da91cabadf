// Bundled into the search benchmark's probe page (bench/search/probe-page.ts): the site's own search
// core, timed in the browser, beside two baselines over the same docs: lunr's own serialised index
// (no compaction) and a linear scan of the stored text (no index).
import lunr from 'lunr';
import { foldForSearch } from '~/lib/search/fold';
import { type LoadedSearchIndex, loadSearchIndex, searchIndex, type SerialisedSearchIndex } from '~/lib/search/search';
import type { StoredSearchDoc } from '~/lib/search/search-doc';
import { bestResultPerPage } from '~/lib/search-site/page-results';

type LunrFile = { locale: SerialisedSearchIndex['locale']; index: object; docs: StoredSearchDoc[] };

const loaded = new Map<string, LoadedSearchIndex>();

const query = (index: LoadedSearchIndex, text: string) =>
  bestResultPerPage(searchIndex(index, text, { limit: index.docs.length }));

async function coldOurs(url: string, text: string): Promise<number> {
  const started = performance.now();
  const index = loadSearchIndex((await (await fetch(url, { cache: 'no-store' })).json()) as SerialisedSearchIndex);
  query(index, text);
  loaded.set(url, index);
  return performance.now() - started;
}

async function coldPlainLunr(url: string, text: string): Promise<number> {
  const started = performance.now();
  const file = (await (await fetch(url, { cache: 'no-store' })).json()) as LunrFile;
  const index: LoadedSearchIndex = { locale: file.locale, index: lunr.Index.load(file.index), docs: file.docs };
  query(index, text);
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
