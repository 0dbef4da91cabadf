import { toHans } from '~/lib/i18n/to-hans';

/**
 * Converts Traditional Chinese to Simplified for search folding: the same small OpenCC tables the
 * site uses to generate zh-Hans (~24 kB gzip in the browser), so index and pages fold alike.
 */
export function toSimplifiedForSearch(text: string): string {
  return toHans(text);
}
