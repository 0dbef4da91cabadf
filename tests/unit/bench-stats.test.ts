import { gunzipSync } from 'node:zlib';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { figure, notYet } from '../../bench/lib/figure';
import { gzipSize, kilobytes } from '../../bench/lib/gzip';
import { median, percentile, ratio, round } from '../../bench/lib/stats';

describe('bench statistics', () => {
  it('interpolates percentiles between closest ranks and ignores input order', () => {
    const values = [40, 10, 30, 20, 50];
    expect(percentile(values, 0)).toBe(10);
    expect(percentile(values, 100)).toBe(50);
    expect(median(values)).toBe(30);
    expect(percentile(values, 95)).toBeCloseTo(48);
    expect(percentile([1, 2], 50)).toBe(1.5);
  });

  it('gives NaN for the percentile of nothing, and no ratio without both numbers or over zero', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(ratio(1, undefined)).toBeUndefined();
    expect(ratio(undefined, 1)).toBeUndefined();
    expect(ratio(1, 0)).toBeUndefined();
    expect(ratio(1, 4)).toBe(0.25);
    expect(ratio(1, 300)).toBe(0.003);
    expect(round(1.23456, 2)).toBe(1.23);
  });
});

describe('gzip sizing', () => {
  it('counts the bytes a gzip stream of the text takes, which unzips to the same text', () => {
    const text = '新質公安戰鬥力 '.repeat(200);
    const size = gzipSize(text);
    expect(size).toBeLessThan(Buffer.byteLength(text));
    expect(size).toBe(gzipSync(Buffer.from(text), { level: 6 }).length);
    expect(gunzipSync(gzipSync(Buffer.from(text))).toString()).toBe(text);
    expect(kilobytes(2048)).toBe(2);
    expect(kilobytes(1536)).toBe(1.5);
  });
});

describe('figures', () => {
  it('judge the target from our number and the baseline, and compute the ratio', () => {
    const judged = figure({
      id: 'x',
      label: 'x',
      unit: 'ms',
      ours: 100,
      baseline: 1000,
      target: { text: '≤ ⅕', check: (o, b) => b !== undefined && o <= b / 5 },
    });
    expect(judged.ratio).toBe(0.1);
    expect(judged.target).toEqual({ text: '≤ ⅕', met: true });
    const missed = figure({
      id: 'y',
      label: 'y',
      unit: 'ms',
      ours: 500,
      baseline: 1000,
      target: { text: '≤ ⅕', check: (o, b) => b !== undefined && o <= b / 5 },
    });
    expect(missed.target?.met).toBe(false);
  });

  it('leave the target unjudged and say why when our number is missing or not finite', () => {
    const missing = figure({
      id: 'z',
      label: 'z',
      unit: 'ms',
      ours: Number.NaN,
      missing: notYet('no /graph/ page'),
      target: { text: '≤ 1 s', check: () => true },
    });
    expect(missing.ours).toBeUndefined();
    expect(missing.target?.met).toBeUndefined();
    expect(missing.missing).toBe('not measured yet: no /graph/ page');
  });
});
