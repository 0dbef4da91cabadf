import lunr from 'lunr';
import { cjkTerms } from './cjk-terms';
import { foldForSearch } from './fold';
import { hasCjk, splitTextRuns } from './text-runs';
import { tokenizeForSearch } from './tokenize';

/** The label the serialised index records for its pipeline; `lunr.Index.load` looks it up. */
export const englishTermsLabel = 'nqpsce-english-terms';

/**
 * lunr pipeline step: English stop words and Porter stemming for non-CJK terms; CJK terms pass as
 * they are (lunr's trimmer would strip them as non-word characters, so it is not used).
 */
export function normaliseEnglishTerm(token: lunr.Token): lunr.Token | null {
  if (hasCjk(token.toString())) return token;
  // Typed as always returning a token, but lunr's filter returns undefined for a stop word.
  const kept: lunr.Token | undefined = lunr.stopWordFilter(token);
  return kept === undefined ? null : lunr.stemmer(kept);
}

// Registered when this module loads, on the build side and in the browser alike, before any load().
lunr.Pipeline.registerFunction(normaliseEnglishTerm, englishTermsLabel);

/** A lunr tokenizer (for `builder.tokenizer`) that produces `tokenizeForSearch`'s terms. */
export const searchTokenizer: typeof lunr.tokenizer = Object.assign(
  (value?: unknown, metadata?: object): lunr.Token[] =>
    typeof value === 'string' ? tokenizeForSearch(value).map((term) => new lunr.Token(term, { ...metadata })) : [],
  { separator: lunr.tokenizer.separator },
);

// Stemming is the costly part of highlighting English results: each word is stemmed once per page load.
const stemOf = new Map<string, string | null>();
const stemCacheLimit = 50_000;

/** The index term of one folded non-CJK word: its Porter stem, or null for a stop word. */
export function englishTermOf(word: string): string | null {
  let stem = stemOf.get(word);
  if (stem === undefined) {
    stem = normaliseEnglishTerm(new lunr.Token(word, {}))?.toString() ?? null;
    if (stemOf.size >= stemCacheLimit) stemOf.clear();
    stemOf.set(word, stem);
  }
  return stem;
}

/**
 * The terms the index holds for `text`, queries use it too: `tokenizeForSearch`'s terms through
 * `normaliseEnglishTerm`, as lunr's tokenizer and pipeline would give them (a unit test builds lunr's
 * own index with them to check), without making a lunr.Token of every term.
 */
export function analyseForSearch(text: string): string[] {
  const terms: string[] = [];
  for (const run of splitTextRuns(foldForSearch(text))) {
    if (run.kind === 'word') {
      const stem = englishTermOf(run.text);
      if (stem !== null && stem !== '') terms.push(stem);
      continue;
    }
    const { chars, bigrams, words } = cjkTerms(run.text);
    for (const list of [chars, bigrams, words]) for (const term of list) terms.push(term);
  }
  return terms;
}
