import { cjkTerms } from './cjk-terms';
import { foldForSearch } from './fold';
import { splitTextRuns } from './text-runs';

/**
 * Turns text into the raw terms the index stores, before English stemming and stop words: folded
 * (Simplified, lower case), each CJK run as its characters, bigrams and words, other words as they are.
 * "AI 決策鏈" → ai, 决, 策, 链, 决策, 策链, 决策链 (the last if the segmenter keeps it as one word).
 */
export function tokenizeForSearch(text: string): string[] {
  const tokens: string[] = [];
  for (const run of splitTextRuns(foldForSearch(text))) {
    if (run.kind === 'word') {
      tokens.push(run.text);
      continue;
    }
    const { chars, bigrams, words } = cjkTerms(run.text);
    tokens.push(...chars, ...bigrams, ...words);
  }
  return tokens;
}
