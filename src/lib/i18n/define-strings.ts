import type { Locale } from './locales';
import { sourceLocale } from './translate';

/**
 * Declares a feature's UI strings in zh-Hant (the source) and en; the type demands the same keys
 * in both. zh-Hans pages show the zh-Hant strings, converted with the rest of the page.
 * Usage: `const strings = defineStrings({ 'zh-Hant': {...}, en: {...} }); const t = strings.for(locale);`
 */
export function defineStrings<K extends string>(table: {
  'zh-Hant': Record<K, string>;
  en: Record<NoInfer<K>, string>;
}) {
  return {
    table,
    /** A translator for one page's language. */
    for(locale: Locale): (key: K) => string {
      const strings = table[sourceLocale(locale)];
      return (key) => strings[key];
    },
  };
}
