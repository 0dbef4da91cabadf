import type { SearchResult } from '~/lib/search/search';
import { pageOf } from '~/lib/search-site/page-results';

/** A loaded index that answers queries with one result per page, best first. */
export interface Searcher {
  /** Results for `query`, with snippets of about `snippetChars` characters. */
  search(query: string, snippetChars?: number): SearchResult[];
}

const loading = new Map<string, Promise<Searcher>>();

async function fetchIndex(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

// The search core (with lunr's stemmer and the folding tables, ~35 kB gzip) and the index itself
// arrive here, on the first search only.
async function createSearcher(url: string): Promise<Searcher> {
  const [core, data] = await Promise.all([import('~/lib/search/search'), fetchIndex(url)]);
  const loaded = core.loadSearchIndex(data as Parameters<typeof core.loadSearchIndex>[0]);
  return {
    // Every match, so the count is exact; sections of one page collapse into its best one (as
    // bestResultPerPage would), before snippets are cut, so dropped sections cost no snippet.
    search: (query, snippetChars) =>
      core.searchIndex(loaded, query, {
        limit: loaded.docs.length,
        groupOf: pageOf,
        ...(snippetChars && { snippetChars }),
      }),
  };
}

/**
 * The searcher of an index URL, loaded once per page and shared by the header box and the search page.
 * A failed load is forgotten, so the next search tries again.
 */
export function loadSearcher(url: string): Promise<Searcher> {
  let searcher = loading.get(url);
  if (searcher === undefined) {
    searcher = createSearcher(url);
    searcher.catch(() => loading.delete(url));
    loading.set(url, searcher);
  }
  return searcher;
}
