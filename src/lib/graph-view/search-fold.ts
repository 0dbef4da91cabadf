// Search folds Traditional and Simplified together (DESIGN: either script finds both). OpenCC is
// too big for the explorer, so the build lists the characters of the graph's own names that fold
// differently; any other character cannot match a name anyway.

/**
 * Fold pairs for the characters of `texts`: each entry is a character followed by its folded form.
 * `foldChar` is the build's Traditional→Simplified conversion of one character.
 */
export function foldPairs(texts: Iterable<string>, foldChar: (char: string) => string): string[] {
  const chars = new Set<string>();
  for (const text of texts) for (const char of text.normalize('NFKC')) if (char.charCodeAt(0) > 0x7f) chars.add(char);
  const pairs: string[] = [];
  for (const char of [...chars].sort()) {
    const folded = foldChar(char);
    if (folded !== char) pairs.push(char + folded);
  }
  return pairs;
}

/** A folding function from fold pairs: NFKC, the pairs' character mapping, then lower case. */
export function makeFolder(pairs: readonly string[]): (text: string) => string {
  const map = new Map<string, string>();
  for (const pair of pairs) {
    const [from = '', ...to] = pair;
    if (from !== '') map.set(from, to.join(''));
  }
  return (text) => {
    let out = '';
    for (const char of text.normalize('NFKC')) out += map.get(char) ?? char;
    return out.toLowerCase();
  };
}
