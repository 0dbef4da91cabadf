const latinWordChar = /[\p{Script=Latin}\p{N}]/u;

function insideLatinWord(text: string, at: number): boolean {
  return at > 0 && at < text.length && latinWordChar.test(text.charAt(at - 1)) && latinWordChar.test(text.charAt(at));
}

// Keeps a surrogate pair whole when a window edge falls between its halves.
function atCharBoundary(text: string, at: number): number {
  return at > 0 && at < text.length && /[\uDC00-\uDFFF]/.test(text.charAt(at)) ? at - 1 : at;
}

/**
 * The `[start, end)` window of at most `size` units showing the match at `[from, to)`: from the text's
 * start when the match is in its first half, else with a quarter of the window before the match. Edges
 * inside an English word move to the nearest space between the edge and the match.
 */
export function snippetWindow(text: string, [from, to]: readonly [number, number], size: number): [number, number] {
  let start = from < size / 2 ? 0 : from - Math.floor(size / 4);
  const end = atCharBoundary(text, Math.min(text.length, start + size));
  start = atCharBoundary(text, Math.max(0, end - size));
  const space = insideLatinWord(text, start) ? text.indexOf(' ', start) : -1;
  const snappedStart = space >= 0 && space < from ? space + 1 : start;
  const lastSpace = insideLatinWord(text, end) ? text.lastIndexOf(' ', end) : -1;
  return [snappedStart, lastSpace >= to ? lastSpace : end];
}
