import lunr from 'lunr';
import { expandLunrIndex } from './compact-index';
import { highlightRanges, type HighlightRange } from './highlight';
// Registers the pipeline function the serialised index names; lunr.Index.load fails without it.
import './lunr-pipeline';
import { planQuery, type QueryPlan } from './query-plan';
import { fieldsByTerm, matchTier } from './rank';
import { searchIndexFormat, type SearchDocType, type SerialisedSearchIndex, type StoredSearchDoc } from './search-doc';
import { defaultSnippetChars, snippetOf, type Snippet } from './snippet';

export type { HighlightRange } from './highlight';
export type { SerialisedSearchIndex } from './search-doc';
export type { Snippet } from './snippet';

/** An index ready to query: lunr's index and the stored docs its refs point into. */
export interface LoadedSearchIndex {
  locale: SerialisedSearchIndex['locale'];
  index: lunr.Index;
  docs: StoredSearchDoc[];
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
}

/** Turns the fetched JSON into a queryable index; rejects a file from another version of the tokeniser. */
export function loadSearchIndex(data: SerialisedSearchIndex): LoadedSearchIndex {
  if (data.format !== searchIndexFormat) {
    throw new Error(
      `The search index has format ${String(data.format)} but this page reads format ${searchIndexFormat}: ` +
        `rebuild the site (npm run build) so the index and the page come from the same code.`,
    );
  }
  return { locale: data.locale, index: lunr.Index.load(expandLunrIndex(data.index)), docs: data.docs };
}

function resultOf(doc: StoredSearchDoc, score: number, plan: QueryPlan, snippetChars: number): SearchResult {
  const result: SearchResult = {
    id: doc.url,
    url: doc.url,
    type: doc.type,
    title: doc.title,
    score,
    titleHighlights: highlightRanges(doc.title, plan),
    snippet: snippetOf(doc.text, plan, snippetChars),
  };
  if (doc.section !== undefined) result.section = doc.section;
  return result;
}

/**
 * Searches a loaded index. Every CJK bigram and English stem of the query must occur in a result
 * (so a Chinese query finds every doc containing it); exact title, title phrase and text phrase matches
 * rank before the rest. The query is never parsed by lunr, so no punctuation can make it throw.
 */
export function searchIndex(loaded: LoadedSearchIndex, query: string, options: SearchOptions = {}): SearchResult[] {
  const plan = planQuery(query);
  if (plan.required.length === 0) return [];
  const matches = loaded.index.query((q) => {
    for (const term of plan.required) q.term(term, { usePipeline: false });
    for (const term of plan.boosts) q.term(term, { usePipeline: false, boost: 3 });
  });
  const ranked = matches.flatMap((match) => {
    const doc = loaded.docs[Number(match.ref)];
    const fields = fieldsByTerm(match);
    if (doc === undefined || !plan.required.every((term) => fields.has(term))) return [];
    return [{ doc, score: match.score, tier: matchTier(fields, plan, doc), ref: Number(match.ref) }];
  });
  ranked.sort((a, b) => b.tier - a.tier || b.score - a.score || a.ref - b.ref);
  return ranked
    .slice(0, options.limit ?? 20)
    .map(({ doc, score }) => resultOf(doc, score, plan, options.snippetChars ?? defaultSnippetChars));
}
