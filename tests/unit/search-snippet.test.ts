import { describe, expect, it } from 'vitest';
import { highlightRanges, type HighlightRange } from '~/lib/search/highlight';
import { englishTermOf } from '~/lib/search/lunr-pipeline';
import { planQuery } from '~/lib/search/query-plan';
import { snippetOf } from '~/lib/search/snippet';
import { enDocs } from '../fixtures/search/corpus';

const marked = (text: string, ranges: HighlightRange[]): string[] =>
  ranges.map(([start, end]) => text.slice(start, end));

describe('highlighting and snippets', () => {
  it('highlights a zh-Hans query in zh-Hant text', () => {
    const text = '韌性治理指治理體系能夠快速恢復。';
    expect(marked(text, highlightRanges(text, planQuery('韧性')))).toEqual(['韌性']);
  });

  it('highlights a zh-Hant query in zh-Hans text', () => {
    const text = '打破信息孤岛需要共享机制';
    expect(marked(text, highlightRanges(text, planQuery('信息孤島')))).toEqual(['信息孤岛']);
  });

  it('highlights English words that share the query’s stem', () => {
    const text = 'Resilient Governance is how a governing system recovers.';
    expect(marked(text, highlightRanges(text, planQuery('govern')))).toEqual(['Governance', 'governing']);
  });

  it('highlights both parts of a mixed query', () => {
    const text = '決策鏈：AI 輔助指揮';
    expect(marked(text, highlightRanges(text, planQuery('ai 决策链')))).toEqual(['決策鏈', 'AI']);
  });

  it('falls back to the bigrams when the query’s run is not in the text as written', () => {
    const text = '韌性、治理與學習';
    expect(marked(text, highlightRanges(text, planQuery('韌性治理')))).toEqual(['韌性', '治理']);
  });

  it('maps highlights back through astral characters', () => {
    const text = '㗲㗲韌性';
    expect(marked(text, highlightRanges(text, planQuery('韧性')))).toEqual(['韌性']);
  });

  it('cuts a window around the first match with ellipses on both cut sides', () => {
    const text = `${'前'.repeat(100)}韌性治理${'後'.repeat(100)}`;
    const snippet = snippetOf(text, planQuery('韧性治理'), 40);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(42);
    expect(marked(snippet.text, snippet.highlights)).toEqual(['韌性治理']);
  });

  it('starts the window at the text’s start when the match is early, and keeps short text whole', () => {
    const long = `Governance ${'x '.repeat(100)}`;
    expect(snippetOf(long, planQuery('governance'), 40).text.startsWith('Governance')).toBe(true);
    expect(snippetOf('韌性治理', planQuery('韧性'), 40)).toEqual({ text: '韌性治理', highlights: [[0, 2]] });
  });

  it('does not cut English words at the window edges', () => {
    const text = `${'word '.repeat(30)}resilient governance ${'tail '.repeat(30)}`;
    const snippet = snippetOf(text, planQuery('governance'), 50);
    expect(snippet.text).toMatch(/^…resilient governance /);
    expect(snippet.text).toMatch(/ tail…$/);
    expect(marked(snippet.text, snippet.highlights)).toEqual(['governance']);
  });

  it('shows the start of the text, unmarked, when the match is not in it', () => {
    const snippet = snippetOf(`${'甲'.repeat(200)}`, planQuery('韌性'), 30);
    expect(snippet.highlights).toEqual([]);
    expect(snippet.text).toBe(`${'甲'.repeat(30)}…`);
  });

  it('marks exactly the English words that stem to a query word, though only words sharing its first letter are stemmed', () => {
    const text = `${enDocs.map((doc) => doc.body).join(' ')} Dyed dying dies yearly Yearly Relational relate generously`;
    for (const query of ['governance', 'dye', 'year', 'relational', 'generous', 'chains data', 'die']) {
      const stems = planQuery(query).stems;
      const everyWord = [...text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)]
        .filter((match) => stems.includes(englishTermOf(match[0].toLowerCase()) ?? ''))
        .map((match) => match[0]);
      expect(marked(text, highlightRanges(text, planQuery(query)))).toEqual(everyWord);
    }
  });
});
