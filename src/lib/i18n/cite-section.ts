import type { Locale } from './locales';
import { sourceLocale } from './translate';

/** A section citation in the page's typography: （三(四)） in Chinese, (§ 三(四)) in English; '' for none. */
export function citeSection(locale: Locale, section: unknown): string {
  if (typeof section !== 'string' || section.trim() === '') return '';
  return sourceLocale(locale) === 'en' ? `(§ ${section})` : `（${section}）`;
}
