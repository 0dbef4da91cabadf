/** The page a result URL belongs to: the URL without its `#section`. */
export function pageOf(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/**
 * Keeps the best-ranked result of each page, in rank order. Long pages are indexed one section per doc
 * (see page-docs.ts); readers look for pages, so a page is listed once, linking to its best section.
 */
export function bestResultPerPage<T extends { url: string }>(results: readonly T[]): T[] {
  const seen = new Set<string>();
  return results.filter((result) => {
    const page = pageOf(result.url);
    if (seen.has(page)) return false;
    seen.add(page);
    return true;
  });
}
