import type { PreparedText } from './prepared-text';
import type { QueryPlan } from './query-plan';

/**
 * How strongly a doc matches beyond lunr's score, compared first when sorting: 4 the title is the
 * query, 3 the title holds it as a phrase, 2 the title holds every term, 1 the stored text holds the
 * phrase, 0 the terms are only somewhere in the doc.
 */
export function matchTier(
  requiredInTitle: boolean,
  plan: QueryPlan,
  doc: { title: PreparedText; text: PreparedText },
): number {
  if (requiredInTitle) {
    const title = doc.title.phraseKey();
    if (title === plan.phrase) return 4;
    return title.includes(plan.phrase) ? 3 : 2;
  }
  return doc.text.phraseKey().includes(plan.phrase) ? 1 : 0;
}
