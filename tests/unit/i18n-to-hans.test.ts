import { ConverterFactory } from 'opencc-js/core';
import toCn from 'opencc-js/to/cn';
import { describe, expect, it } from 'vitest';
import { htmlToHans, toHans } from '~/lib/i18n/to-hans';
import { uiStrings } from '~/lib/i18n/ui-strings';

describe('zh-Hans generation', () => {
  it('converts the framework’s terms to Simplified characters', () => {
    expect(toHans('新質公安戰鬥力賦能公共安全治理')).toBe('新质公安战斗力赋能公共安全治理');
    expect(toHans('韌性治理與數據安全')).toBe('韧性治理与数据安全');
  });

  it('leaves markup, URLs and Latin text untouched', () => {
    const html = '<a href="/zh-Hans/concepts/tech-big-data/" class="x">大數據 Big data</a>';
    expect(htmlToHans(html)).toBe('<a href="/zh-Hans/concepts/tech-big-data/" class="x">大数据 Big data</a>');
  });

  it('gives the same text as converting the whole string at once, around markup, Latin text and ideographic descriptions', () => {
    const whole = ConverterFactory(...toCn);
    const samples = [
      '<li><a href="/zh-Hans/concepts/x/">大數據</a>（§ 三(四)）與 AI 賦能：「數據+」、雲計算 2024年</li>',
      '乾隆年間,一目瞭然;不瞭解 html 裡的標記 <b>後</b>來',
      '字形⿰氵木與⿱艹⿰日月：描述序列後的發展',
    ];
    for (const text of samples) expect(toHans(text)).toBe(whole(text.normalize('NFC')));
  });

  it('keeps the text of elements marked lang="zh-Hant" in Traditional script', () => {
    const html = '<p>語言</p><a lang="zh-Hant" href="/">繁體中文</a><p>戰鬥力</p>';
    expect(htmlToHans(html)).toBe('<p>语言</p><a lang="zh-Hant" href="/">繁體中文</a><p>战斗力</p>');
  });

  it('has an English string for every zh-Hant UI string', () => {
    expect(Object.keys(uiStrings.en).sort()).toEqual(Object.keys(uiStrings['zh-Hant']).sort());
    for (const value of Object.values(uiStrings.en)) expect(value.trim()).not.toBe('');
  });
});
