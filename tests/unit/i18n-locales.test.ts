import { describe, expect, it } from 'vitest';
import { localeFromParam, localeStaticPaths, localizePath, splitLocalePath } from '~/lib/i18n/locales';

describe('locale paths', () => {
  it('gives zh-Hant pages no prefix and the others their locale code', () => {
    expect(localizePath('zh-Hant', '/graph/')).toBe('/graph/');
    expect(localizePath('zh-Hans', '/graph/')).toBe('/zh-Hans/graph/');
    expect(localizePath('en', '/')).toBe('/en/');
  });

  it('splits a URL path into its locale and the path inside it, so a page can be found in another language', () => {
    expect(splitLocalePath('/en/concepts/x/')).toEqual({ locale: 'en', path: '/concepts/x/' });
    expect(splitLocalePath('/zh-Hans/')).toEqual({ locale: 'zh-Hans', path: '/' });
    expect(splitLocalePath('/concepts/x/')).toEqual({ locale: 'zh-Hant', path: '/concepts/x/' });
  });

  it('round-trips every locale through split and localize', () => {
    for (const { props } of localeStaticPaths()) {
      const url = localizePath(props.locale, '/modules/a/');
      expect(splitLocalePath(url)).toEqual({ locale: props.locale, path: '/modules/a/' });
    }
  });

  it('rejects an unknown locale in a route parameter with the list of valid ones', () => {
    expect(() => localeFromParam('fr')).toThrow(
      'Unknown locale "fr" in the URL; expected one of zh-Hant, zh-Hans, en.',
    );
    expect(localeFromParam(undefined)).toBe('zh-Hant');
  });
});

describe('section citations', () => {
  it('cite a section in the typography of the page language', async () => {
    const { citeSection } = await import('~/lib/i18n/cite-section');
    expect(citeSection('zh-Hant', '三(四)')).toBe('（三(四)）');
    expect(citeSection('en', '三(四)')).toBe('(§ 三(四))');
    expect(citeSection('en', undefined)).toBe('');
  });
});
