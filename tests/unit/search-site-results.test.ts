import { describe, expect, it } from 'vitest';
import { searchClientStrings } from '~/lib/search-site/client-strings';
import { resultCountText, seeAllText, typeLabel } from '~/lib/search-site/count-text';
import { fillTemplate } from '~/lib/search-site/fill-template';
import { bestResultPerPage, pageOf } from '~/lib/search-site/page-results';

describe('results by page', () => {
  it('keeps the best-ranked section of each page, in rank order', () => {
    const results = [{ url: '/l/#b' }, { url: '/c/' }, { url: '/l/' }, { url: '/l/#a' }, { url: '/m/#x' }];
    expect(bestResultPerPage(results).map((r) => r.url)).toEqual(['/l/#b', '/c/', '/m/#x']);
    expect(pageOf('/zh-Hans/m/l/#感知链')).toBe('/zh-Hans/m/l/');
  });
});

describe('search strings for the browser', () => {
  it('counts results in each language, with the query when there is none', () => {
    const zh = searchClientStrings('zh-Hant');
    const en = searchClientStrings('en');
    expect(resultCountText(zh, 12, 'x')).toBe('找到 12 筆結果');
    expect(resultCountText(en, 12, 'x')).toBe('12 results');
    expect(resultCountText(en, 1, 'x')).toBe('1 result');
    expect(resultCountText(en, 0, 'quantum')).toBe('No results for “quantum”');
    expect(resultCountText(zh, 0, '量子')).toBe('沒有找到「量子」的結果');
    expect(seeAllText(zh, 23)).toBe('查看全部 23 筆結果');
  });

  it('names every result type in both languages and gives zh-Hans the zh-Hant text to convert', () => {
    for (const type of ['concept', 'lesson', 'module', 'quiz', 'page'] as const) {
      expect(typeLabel(searchClientStrings('en'), type)).toMatch(/^[A-Z][a-z]+$/);
      expect(typeLabel(searchClientStrings('zh-Hant'), type)).toMatch(/^\p{Script=Han}+$/u);
    }
    expect(searchClientStrings('zh-Hans')).toEqual(searchClientStrings('zh-Hant'));
  });

  it('fills {names} and leaves unknown ones as written', () => {
    expect(fillTemplate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});
