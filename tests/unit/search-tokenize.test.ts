import { describe, expect, it } from 'vitest';
import { analyseForSearch } from '~/lib/search/lunr-pipeline';
import { tokenizeForSearch } from '~/lib/search/tokenize';

describe('search tokenising', () => {
  it('indexes a zh-Hant run as its characters and bigrams, in Simplified script', () => {
    const tokens = tokenizeForSearch('韌性治理');
    expect(tokens).toEqual(expect.arrayContaining(['韧', '性', '治', '理', '韧性', '性治', '治理']));
    expect(tokens.join('')).not.toMatch(/[韌]/);
  });

  it('gives a zh-Hans run the same terms as its zh-Hant spelling', () => {
    expect(tokenizeForSearch('韧性治理')).toEqual(tokenizeForSearch('韌性治理'));
    expect(tokenizeForSearch('新质公安战斗力')).toEqual(tokenizeForSearch('新質公安戰鬥力'));
  });

  it("adds the segmenter's words on top of characters and bigrams", () => {
    const chars = Array.from('信息孤岛指各部门数据互不联通');
    const tokens = tokenizeForSearch('信息孤島指各部門數據互不聯通');
    expect(tokens.length).toBeGreaterThan(chars.length + chars.length - 1);
  });

  it('keeps one-character runs as single terms, so one-character queries match', () => {
    expect(tokenizeForSearch('韌')).toEqual(['韧']);
    expect(tokenizeForSearch('AI 的 data')).toEqual(['ai', '的', 'data']);
  });

  it('does not make bigrams across punctuation or Latin words', () => {
    const tokens = tokenizeForSearch('韌性，治理 AI 決策');
    expect(tokens).not.toContain('性治');
    expect(tokens).not.toContain('理决');
  });

  it('stems English so "governance" and "govern" meet', () => {
    expect(analyseForSearch('governance')).toEqual(['govern']);
    expect(analyseForSearch('govern')).toEqual(['govern']);
    expect(analyseForSearch('Governing')).toEqual(['govern']);
  });

  it('drops English stop words but never Chinese characters', () => {
    expect(analyseForSearch('the five chains of the framework')).toEqual(['five', 'chain', 'framework']);
    expect(analyseForSearch('的')).toEqual(['的']);
  });

  it('splits mixed Chinese and English text into both kinds of terms', () => {
    expect(analyseForSearch('AI 決策鏈')).toEqual(expect.arrayContaining(['ai', '决策', '策链']));
    expect(analyseForSearch('big data 大數據')).toEqual(expect.arrayContaining(['big', 'data', '大数', '数据']));
    expect(analyseForSearch('AI決策')).toEqual(expect.arrayContaining(['ai', '决策']));
  });

  it('folds full-width Latin letters to ASCII lower case', () => {
    expect(analyseForSearch('ＡＩ Ｄａｔａ')).toEqual(['ai', 'data']);
  });

  it('returns no terms for punctuation and lunr operators', () => {
    expect(tokenizeForSearch('~*^:+-「」，。!?')).toEqual([]);
  });
});
