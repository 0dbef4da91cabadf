// Which URLs in a built HTML or CSS file a browser fetches by itself (scripts, styles, images, fonts,
// frames, preloads, CSS url() and @import), as opposed to links a reader may follow.

const FETCHED_ATTRIBUTES: readonly RegExp[] = [
  /<script\b[^>]*\ssrc\s*=\s*["']?([^"'\s>]+)/gi,
  /<(?:img|iframe|embed|source|video|audio|track|input)\b[^>]*\ssrc\s*=\s*["']?([^"'\s>]+)/gi,
  /<(?:img|source)\b[^>]*\ssrcset\s*=\s*["']([^"']+)/gi,
  /<object\b[^>]*\sdata\s*=\s*["']?([^"'\s>]+)/gi,
  /<video\b[^>]*\sposter\s*=\s*["']?([^"'\s>]+)/gi,
];

const LINK = /<link\b[^>]*>/gi;
const FETCHED_RELS =
  /\b(?:stylesheet|preload|modulepreload|prefetch|icon|apple-touch-icon|manifest|preconnect|dns-prefetch)\b/i;
const CSS_URL = /url\(\s*["']?([^"')\s]+)["']?\s*\)|@import\s+["']([^"']+)["']/gi;

function isExternal(url: string): boolean {
  return /^(?:https?:)?\/\//i.test(url.trim());
}

/** Every URL in `text` (HTML or CSS) that a browser would fetch from another host on its own. */
export function externalFetches(text: string): string[] {
  const found: string[] = [];
  for (const pattern of FETCHED_ATTRIBUTES) {
    for (const match of text.matchAll(pattern)) {
      const value = match[1] ?? '';
      const urls = pattern.source.includes('srcset')
        ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '')
        : [value];
      found.push(...urls.filter(isExternal));
    }
  }
  for (const tag of text.match(LINK) ?? []) {
    const rel = /\srel\s*=\s*["']?([^"'>]+)/i.exec(tag)?.[1] ?? '';
    const href = /\shref\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1] ?? '';
    if (FETCHED_RELS.test(rel) && isExternal(href)) found.push(href);
  }
  for (const match of text.matchAll(CSS_URL)) {
    const url = match[1] ?? match[2] ?? '';
    if (isExternal(url)) found.push(url);
  }
  return [...new Set(found)];
}
