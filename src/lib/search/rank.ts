import type lunr from 'lunr';
import { foldForSearch } from './fold';
import { phraseKeyOf } from './phrase-key';
import type { QueryPlan } from './query-plan';
import type { StoredSearchDoc } from './search-doc';
import { splitTextRuns } from './text-runs';

/** The fields each matched term was found in, from lunr's match data (`term → field → metadata`). */
export function fieldsByTerm(match: lunr.Index.Result): Map<string, Set<string>> {
  const metadata = match.matchData.metadata as Record<string, Record<string, unknown>>;
  return new Map(Object.entries(metadata).map(([term, fields]) => [term, new Set(Object.keys(fields))]));
}

function keyOf(text: string): string {
  return phraseKeyOf(splitTextRuns(foldForSearch(text)));
}

/**
 * How strongly a doc matches beyond lunr's score, compared first when sorting: 4 the title is the
 * query, 3 the title holds it as a phrase, 2 the title holds every term, 1 the stored text holds the
 * phrase, 0 the terms are only somewhere in the doc.
 */
export function matchTier(fields: Map<string, Set<string>>, plan: QueryPlan, doc: StoredSearchDoc): number {
  if (plan.required.every((term) => fields.get(term)?.has('title') === true)) {
    const title = keyOf(doc.title);
    if (title === plan.phrase) return 4;
    return title.includes(plan.phrase) ? 3 : 2;
  }
  return keyOf(doc.text).includes(plan.phrase) ? 1 : 0;
}
