import { highlightRanges, type HighlightRange } from './highlight';
import { loadTermIndex, type LoadedTermIndex } from './load-term-index';
import { prepareText, type PreparedText } from './prepared-text';
import { planQuery, type QueryPlan } from './query-plan';
import { matchTier } from './rank';
import { scoreQuery } from './score-query';
import { searchIndexFormat, type SearchDocType, type SerialisedSearchIndex, type StoredSearchDoc } from './search-doc';
import { defaultSnippetChars, snippetOf, type Snippet } from './snippet';

export type { HighlightRange } from './highlight';
export type { SerialisedSearchIndex } from './search-doc';
export type { Snippet } from './snippet';

/** A stored doc with its title and text prepared for ranking and highlighting (folded once, on first use). */
interface PreparedDoc {
  stored: StoredSearchDoc;
  title: PreparedText;
  text: PreparedText;
}

/** An index ready to query: the inverted index with BM25 weights and the stored docs it numbers. */
export interface LoadedSearchIndex {
  locale: SerialisedSearchIndex['locale'];
  index: LoadedTermIndex;
  docs: StoredSearchDoc[];
  prepared: PreparedDoc[];
}

/** One hit, with everything the results list shows; text is plain, highlights are ranges. */
export interface SearchResult {
  id: string;
  url: string;
  type: SearchDocType;
  title: string;
  section?: string;
  /** lunr's relevance; results are sorted by match tier (phrase/title matches) first, then by this. */
  score: number;
  titleHighlights: HighlightRange[];
  snippet: Snippet;
}

/** Options of `searchIndex`. */
export interface SearchOptions {
  /** Most results returned (default 20). */
  limit?: number;
  /** Snippet length in UTF-16 units (default 120). */
  snippetChars?: number;
  /**
   * Collapses results: only the best-ranked result of each group (e.g. the page of a section's URL)
   * is kept, and the others are dropped before their snippets are cut. Default: every doc is its own group.
   */
  groupOf?: (url: string) => string;
}

function bestOfEachGroup<T extends { prepared: PreparedDoc }>(ranked: T[], groupOf: (url: string) => string): T[] {
  const seen = new Set<string>();
  return ranked.filter(({ prepared }) => {
    const group = groupOf(prepared.stored.url);
    if (seen.has(group)) return false;
    seen.add(group);
    return true;
  });
}

function checkFile(data: SerialisedSearchIndex): void {
  if (typeof data !== 'object' || data === null) {
    throw new Error(
      'The search index is not a JSON object: rebuild the site (npm run build) and serve its search-index.json.',
    );
  }
  if (data.format !== searchIndexFormat) {
    throw new Error(
      `The search index has format ${String(data.format)} but this page reads format ${searchIndexFormat}: ` +
        `rebuild the site (npm run build) so the index and the page come from the same code.`,
    );
  }
  if (!Array.isArray(data.docs) || typeof data.index !== 'object' || data.index === null) {
    throw new Error(
      'The search index has no "docs" list or no "index": rebuild the site (npm run build) and serve the new search-index.json.',
    );
  }
}

/**
 * Turns the fetched JSON into a queryable index, recomputing the BM25 weights from the stored term
 * counts. Rejects, with an error that says to rebuild, a file of another format or a malformed one.
 */
export function loadSearchIndex(data: SerialisedSearchIndex): LoadedSearchIndex {
  checkFile(data);
  return {
    locale: data.locale,
    index: loadTermIndex(data.index, data.docs.length),
    docs: data.docs,
    prepared: data.docs.map((stored) => ({ stored, title: prepareText(stored.title), text: prepareText(stored.text) })),
  };
}

function resultOf(doc: PreparedDoc, score: number, plan: QueryPlan, snippetChars: number): SearchResult {
  const result: SearchResult = {
    id: doc.stored.url,
    url: doc.stored.url,
    type: doc.stored.type,
    title: doc.stored.title,
    score,
    titleHighlights: highlightRanges(doc.title, plan),
    snippet: snippetOf(doc.text, plan, snippetChars),
  };
  if (doc.stored.section !== undefined) result.section = doc.stored.section;
  return result;
}

/**
 * Searches a loaded index. Every CJK bigram and English stem of the query must occur in a result
 * (so a Chinese query finds every doc containing it); exact title, title phrase and text phrase matches
 * rank before the rest, then lunr's BM25 score. The query is never parsed, so no punctuation can make
 * it throw. Snippets are cut only for the results returned.
 */
export function searchIndex(loaded: LoadedSearchIndex, query: string, options: SearchOptions = {}): SearchResult[] {
  const plan = planQuery(query);
  if (plan.required.length === 0) return [];
  const matches = scoreQuery(
    loaded.index,
    plan.required,
    plan.boosts.map((term) => ({ term, boost: 3 })),
  );
  const ranked = matches.flatMap(({ doc, score, requiredInTitle }) => {
    const prepared = loaded.prepared[doc];
    return prepared === undefined ? [] : [{ prepared, score, tier: matchTier(requiredInTitle, plan, prepared), doc }];
  });
  ranked.sort((a, b) => b.tier - a.tier || b.score - a.score || a.doc - b.doc);
  const kept = options.groupOf === undefined ? ranked : bestOfEachGroup(ranked, options.groupOf);
  return kept
    .slice(0, options.limit ?? 20)
    .map(({ prepared, score }) => resultOf(prepared, score, plan, options.snippetChars ?? defaultSnippetChars));
}
