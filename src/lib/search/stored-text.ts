/** Default bound on the body text kept per doc for snippets, in UTF-16 units. */
export const defaultStoredTextChars = 1000;

/**
 * The text kept for snippets: the body with whitespace collapsed, cut at `maxChars` (never inside a
 * surrogate pair) with "…" appended when cut.
 */
export function storedTextOf(body: string, maxChars = defaultStoredTextChars): string {
  const text = body.replace(/\s+/g, ' ').trim();
  if (text.length <= maxChars) return text;
  const cut = /[\uD800-\uDBFF]/.test(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
  return `${text.slice(0, cut).trimEnd()}…`;
}
