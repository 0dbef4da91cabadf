import { describe, expect, it } from 'vitest';
import { defineStrings } from '~/lib/i18n/define-strings';

describe('feature string tables', () => {
  it('gives zh-Hans pages the zh-Hant string and en pages the English one', () => {
    const strings = defineStrings({ 'zh-Hant': { hello: '你好' }, en: { hello: 'Hello' } });
    expect(strings.for('zh-Hans')('hello')).toBe('你好');
    expect(strings.for('en')('hello')).toBe('Hello');
  });
});
