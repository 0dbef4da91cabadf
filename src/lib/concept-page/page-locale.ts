import { isLocale, type Locale, splitLocalePath } from '~/lib/i18n/locales';

/**
 * The language of the page a component renders in, for MDX components that cannot be handed the
 * page's props: Astro's `currentLocale` (set from the URL by the i18n config), else the URL's prefix.
 */
export function pageLocale(currentLocale: string | undefined, pathname: string): Locale {
  return isLocale(currentLocale) ? currentLocale : splitLocalePath(pathname).locale;
}
