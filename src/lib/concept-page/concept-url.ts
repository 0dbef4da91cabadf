import { type Locale, localizePath } from '~/lib/i18n/locales';

// Astro 7 builds a page per getStaticPaths parameter *as written* (it rejects percent-encoded
// parameters), and a static web server decodes the request path before it looks for the file.
// So the parameter is the node id itself and links carry it percent-encoded. The few characters
// that cannot survive that round trip in one path segment are written as ~XX (and ~ as ~7E):
// / and \ split segments, % breaks decoding, # and ? are rewritten by Astro, controls are unsafe.
const NOT_ROUND_TRIPPABLE = /[~/\\%#?\p{Cc}]/gu;

function escapeCharacter(character: string): string {
  return `~${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
}

/**
 * The path segment of a node's concept page, i.e. its getStaticPaths `key` parameter: the id in
 * NFC (as Astro writes it), with the characters a static page's path cannot hold escaped as ~XX.
 */
export function conceptSlug(id: string): string {
  const slug = id.normalize('NFC').replace(NOT_ROUND_TRIPPABLE, escapeCharacter);
  return slug === '.' || slug === '..' ? slug.replaceAll('.', '~2E') : slug;
}

/** The URL of a node's concept page in a language, percent-encoded: `/en/concepts/chain-perception/`. */
export function conceptPath(locale: Locale, id: string): string {
  return localizePath(locale, `/concepts/${encodeURIComponent(conceptSlug(id))}/`);
}

/** The URL of the concept index in a language. */
export function conceptIndexPath(locale: Locale): string {
  return localizePath(locale, '/concepts/');
}

/** The graph explorer focused on a node (the explorer reads the `focus` query parameter). */
export function explorerFocusPath(locale: Locale, id: string): string {
  return `${localizePath(locale, '/graph/')}?focus=${encodeURIComponent(id)}`;
}

/** The URL of the Table 1 page in a language. */
export function table1Path(locale: Locale): string {
  return localizePath(locale, '/table-1/');
}
