/** The site's languages. zh-Hant is the paper's language and the default; it has no URL prefix. */
export const locales = ['zh-Hant', 'zh-Hans', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh-Hant';

/** True when `value` names one of the site's languages. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The locale of a route's `[...locale]` parameter (undefined means the default). */
export function localeFromParam(param: string | undefined): Locale {
  if (param === undefined || param === '') return defaultLocale;
  if (!isLocale(param)) throw new Error(`Unknown locale "${param}" in the URL; expected one of ${locales.join(', ')}.`);
  return param;
}

/** The `[...locale]` parameter that produces a locale's URLs. */
export function paramFromLocale(locale: Locale): string | undefined {
  return locale === defaultLocale ? undefined : locale;
}

/** getStaticPaths entries for a page that exists once per language. */
export function localeStaticPaths(): { params: { locale: string | undefined }; props: { locale: Locale } }[] {
  return locales.map((locale) => ({ params: { locale: paramFromLocale(locale) }, props: { locale } }));
}

/** Splits a site path into its locale and the path inside that locale, e.g. `/en/graph/` → en, `/graph/`. */
export function splitLocalePath(pathname: string): { locale: Locale; path: string } {
  const [, first = '', ...rest] = pathname.split('/');
  if (isLocale(first) && first !== defaultLocale) return { locale: first, path: `/${rest.join('/')}` };
  return { locale: defaultLocale, path: pathname.startsWith('/') ? pathname : `/${pathname}` };
}

/** The URL of `path` (a path inside a locale, starting with `/`) in `locale`. */
export function localizePath(locale: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return locale === defaultLocale ? clean : `/${locale}${clean === '/' ? '/' : clean}`;
}
