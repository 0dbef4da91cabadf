import { hasCjk, type TextRun } from './text-runs';

/**
 * Joins folded runs into a comparable phrase: CJK runs meet without a gap (so 韧性、治理 still reads
 * as 韧性治理), anything next to a word gets one space. Used to rank phrase matches first.
 */
export function phraseKeyOf(runs: readonly TextRun[]): string {
  let key = '';
  runs.forEach((run, i) => {
    const previous = runs[i - 1];
    if (previous !== undefined && (previous.kind === 'word' || run.kind === 'word')) key += ' ';
    key += run.text;
  });
  return key;
}

/** `phraseKeyOf` for runs given as their texts (from `textRunTexts`); a run's kind is read from its text. */
export function phraseKeyOfTexts(texts: readonly string[]): string {
  return phraseKeyOf(texts.map((text) => ({ kind: hasCjk(text) ? 'cjk' : 'word', text, start: 0 })));
}
