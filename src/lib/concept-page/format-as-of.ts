import type { Locale } from '~/lib/i18n/locales';
import { sourceLocale } from '~/lib/i18n/translate';

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function formatDate(locale: Locale, text: string): string | undefined {
  const match = DATE.exec(text.trim());
  if (!match) return undefined;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)));
  return dateFormat(sourceLocale(locale), month !== undefined, day !== undefined).format(date);
}

// Making an Intl.DateTimeFormat costs far more than using one, and every concept page with evidence
// formats dates: keep one per language and precision.
const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: 'zh-Hant' | 'en', withMonth: boolean, withDay: boolean): Intl.DateTimeFormat {
  const key = `${lang}/${String(withMonth)}/${String(withDay)}`;
  let format = formats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
    if (withMonth) options.month = lang === 'en' ? 'short' : 'long';
    if (withDay) options.day = 'numeric';
    format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-Hant-TW', options);
    formats.set(key, format);
  }
  return format;
}

/**
 * An evidence node's `as_of` in the page's language ("long" months in Chinese give 2023年1月, not
 * 2023/1): "2023-01/2023-11" → 2023年1月至2023年11月 or
 * Jan 2023 – Nov 2023; "2022-07-31" → 2022年7月31日 or 31 Jul 2022. Other text is shown as written.
 */
export function formatAsOf(locale: Locale, asOf: string): string {
  const parts = asOf.split('/');
  const formatted = parts.map((part) => formatDate(locale, part));
  if (parts.length > 2 || formatted.some((part) => part === undefined)) return asOf;
  return formatted.join(sourceLocale(locale) === 'en' ? ' – ' : '至');
}
