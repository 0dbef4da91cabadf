import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExportsOrThrow } from '~/lib/graph/parse-export';
import { evidenceFigure } from '~/lib/concept-page/evidence-figure';
import { formatAsOf } from '~/lib/concept-page/format-as-of';
import { indexGraph } from '~/lib/concept-page/graph-index';
import { footnoteLabel, safeWebUrl, sourceCitation } from '~/lib/concept-page/source-citation';

const file = 'graph/framework.jsonl';
const index = indexGraph(parseExportsOrThrow([{ file, text: readFileSync(file, 'utf8') }]));
const node = (id: string) => index.nodeById.get(id)!;

describe('evidence figures', () => {
  it('shows the value with its unit in the page language, the paper’s wording and the footnote it cites', () => {
    const zh = evidenceFigure(index, node('ev-fraud-face-dissuasion'), 'zh-Hant');
    expect(zh).toMatchObject({
      amount: '1,389 萬人次',
      value: 1389,
      asOf: '2023年1月至2023年11月',
      figureZh: '1,389 萬人次',
    });
    expect(zh.sources.map((source) => source.id)).toEqual(['fn-09']);
    const en = evidenceFigure(index, node('ev-fraud-fund-warnings'), 'en');
    expect(en).toMatchObject({
      amount: '940.6 ×10,000 instructions',
      asOf: 'Jan 2023 – Nov 2023',
      figureZh: '940.6 萬條',
    });
  });

  it('formats dates, ranges and years, and leaves other text as written', () => {
    expect(formatAsOf('zh-Hant', '2022-07-31')).toBe('2022年7月31日');
    expect(formatAsOf('en', '2022-07-31')).toBe('31 Jul 2022');
    expect(formatAsOf('en', '2023')).toBe('2023');
    expect(formatAsOf('zh-Hans', 'end of 2023')).toBe('end of 2023');
  });
});

describe('sources', () => {
  it('gives the full citation, the web address and the footnote it repeats', () => {
    expect(sourceCitation(index, node('fn-09'))).toMatchObject({
      number: 9,
      url: 'https://www.mps.gov.cn/n2253534/n2253535/c9367497/content.html',
    });
    expect(sourceCitation(index, node('fn-09')).citation).toContain('公安機關打擊治理電信網絡詐騙犯罪成效顯著');
    expect(sourceCitation(index, node('fn-04')).sameAs?.id).toBe('fn-01');
  });

  it('keeps only http and https addresses from an export', () => {
    expect(safeWebUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeWebUrl('data:text/html,hi')).toBeUndefined();
    expect(safeWebUrl('not a url')).toBeUndefined();
    expect(safeWebUrl(' https://example.org/a b ')).toBe('https://example.org/a%20b');
  });

  it('names footnotes by number, and the paper as the paper', () => {
    expect(footnoteLabel(node('fn-09'), 'zh-Hant')).toBe('註9');
    expect(footnoteLabel(node('fn-09'), 'en')).toBe('note 9');
    expect(footnoteLabel(node('paper'), 'en')).toBe('the paper');
  });
});
