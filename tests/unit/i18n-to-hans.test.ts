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

  it('keeps the text of elements marked lang="zh-Hant" in Traditional script', () => {
    const html = '<p>語言</p><a lang="zh-Hant" href="/">繁體中文</a><p>戰鬥力</p>';
    expect(htmlToHans(html)).toBe('<p>语言</p><a lang="zh-Hant" href="/">繁體中文</a><p>战斗力</p>');
  });

  it('has an English string for every zh-Hant UI string', () => {
    expect(Object.keys(uiStrings.en).sort()).toEqual(Object.keys(uiStrings['zh-Hant']).sort());
    for (const value of Object.values(uiStrings.en)) expect(value.trim()).not.toBe('');
  });
});
