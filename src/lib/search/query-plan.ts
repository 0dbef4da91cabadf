import { cjkTerms } from './cjk-terms';
import { foldForSearch } from './fold';
import { englishTermOf } from './lunr-pipeline';
import { phraseKeyOf } from './phrase-key';
import { splitTextRuns } from './text-runs';

/** What a user's query asks the index for, built from its text without lunr's query parser. */
export interface QueryPlan {
  /** Terms every result must hold: CJK bigrams (or the single character), English stems. */
  required: string[];
  /** Terms that only raise the score: whole CJK runs and the segmenter's longer words. */
  boosts: string[];
  /** The folded query as `phraseKeyOf` writes it; titles and text that contain it rank first. */
  phrase: string;
  /** Folded CJK runs of the query, highlighted where they occur. */
  cjkRuns: string[];
  /** English stems of the query, highlighted in the words that stem to them. */
  stems: string[];
}

function addOnce(list: string[], terms: readonly string[]): void {
  for (const term of terms) if (!list.includes(term)) list.push(term);
}

/**
 * Plans a query. Punctuation and lunr's operators (`:~^+-*`) are separators like spaces, so no input
 * throws; stop words are dropped. A query with no searchable term has no required terms.
 */
export function planQuery(query: string): QueryPlan {
  const runs = splitTextRuns(foldForSearch(query));
  const plan: QueryPlan = { required: [], boosts: [], phrase: phraseKeyOf(runs), cjkRuns: [], stems: [] };
  for (const run of runs) {
    if (run.kind === 'word') {
      const stem = englishTermOf(run.text);
      if (stem !== null) addOnce(plan.stems, [stem]);
      continue;
    }
    const { chars, bigrams, words } = cjkTerms(run.text);
    addOnce(plan.cjkRuns, [run.text]);
    addOnce(plan.required, bigrams.length > 0 ? bigrams : chars);
    if (chars.length > 2) addOnce(plan.boosts, [run.text, ...words.filter((word) => word.length > 2)]);
  }
  addOnce(plan.required, plan.stems);
  plan.boosts = plan.boosts.filter((term) => !plan.required.includes(term));
  return plan;
}
