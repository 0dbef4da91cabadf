import type { Locale } from './locales';
import { uiStrings, type UiKey } from './ui-strings';

/** The language whose hand-written text a locale shows: zh-Hans shows zh-Hant text, converted. */
export function sourceLocale(locale: Locale): 'zh-Hant' | 'en' {
  return locale === 'en' ? 'en' : 'zh-Hant';
}

/** A translator for one page: `t('nav.home')`. */
export function useTranslations(locale: Locale): (key: UiKey) => string {
  const strings = uiStrings[sourceLocale(locale)];
  return (key) => strings[key];
}

/** Picks the field of a bilingual record (`name_zh`/`name_en`) that a locale reads. */
export function pickLocalized<T>(locale: Locale, zh: T, en: T): T {
  return sourceLocale(locale) === 'en' ? en : zh;
}
