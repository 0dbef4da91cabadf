import lunr from 'lunr';
import { hasCjk } from './text-runs';
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

const pipeline = new lunr.Pipeline();
pipeline.add(normaliseEnglishTerm);

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

/** The terms the index holds for `text`: the tokenizer, then the pipeline. Queries use it too. */
export function analyseForSearch(text: string): string[] {
  return pipeline.run(searchTokenizer(text)).map((token) => token.toString());
}
