import { describe, expect, it } from 'vitest';
import { toHans } from '~/lib/i18n/to-hans';
import { foldForSearch, foldWithOffsets } from '~/lib/search/fold';
import { toSimplifiedForSearch } from '~/lib/search/to-simplified';
import { enDocs, zhHantDocs } from '../fixtures/search/corpus';

const corpusText = [...zhHantDocs, ...enDocs].map((doc) => `${doc.title}\n${doc.body}`);

describe('search folding', () => {
  it('folds zh-Hant to zh-Hans', () => {
    expect(foldForSearch('韌性治理')).toBe('韧性治理');
    expect(foldForSearch('數字失能與信息孤島')).toBe('数字失能与信息孤岛');
  });

  it('leaves zh-Hans as it is, so both scripts fold to the same text', () => {
    expect(foldForSearch('韧性治理')).toBe(foldForSearch('韌性治理'));
    for (const text of corpusText) expect(foldForSearch(toHans(text))).toBe(foldForSearch(text));
  });

  it('converts exactly as the site’s toHans does, with the small dictionary set', () => {
    for (const text of corpusText) expect(toSimplifiedForSearch(text)).toBe(toHans(text));
    expect(toSimplifiedForSearch('乾隆年間，衣服乾了')).toBe(toHans('乾隆年間，衣服乾了'));
  });

  it('unifies compatibility ideographs and full-width letters', () => {
    expect(foldForSearch('\uF900')).toBe(foldForSearch('豈'));
    expect(foldForSearch('ＡＩ決策')).toBe('ai决策');
  });

  it('maps each folded unit back to the original one for one-to-one folding', () => {
    const { folded, startOf, endOf } = foldWithOffsets('AI 韌性');
    expect(folded).toBe('ai 韧性');
    expect(startOf).toEqual([0, 1, 2, 3, 4]);
    expect(endOf).toEqual([1, 2, 3, 4, 5]);
  });

  it('maps back through folding that changes the length', () => {
    // ㎞ becomes "km" under NFKC; 㗲 becomes the astral 𠵾 (two UTF-16 units) in Simplified.
    const text = 'x㎞㗲韌';
    const { folded, startOf, endOf } = foldWithOffsets(text);
    expect(folded).toBe('xkm𠵾韧');
    expect(startOf).toEqual([0, 1, 1, 2, 2, 3]);
    expect(endOf).toEqual([1, 2, 2, 3, 3, 4]);
  });
});
