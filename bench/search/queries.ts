/** A stored doc as the search index keeps it (only what the query set needs). */
export interface TitledDoc {
  title: string;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * A deterministic set of `count` realistic queries from the titles of an index's docs: for Chinese,
 * two to four characters out of each title; for English, a word of four letters or more, and every
 * fifth query two words. Repeats are dropped, so fewer may come back for a tiny index.
 */
export function querySet(docs: readonly TitledDoc[], count: number): string[] {
  const queries: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; queries.length < count && i < docs.length * 3; i++) {
    const title = docs[Math.floor((i * 7919) % docs.length)]?.title ?? '';
    const query = pick(title, i);
    if (query === undefined || seen.has(query)) continue;
    seen.add(query);
    queries.push(query);
  }
  return queries;
}

function pick(title: string, i: number): string | undefined {
  const han = [...title].filter((char) => CJK.test(char));
  if (han.length >= 2) {
    const length = Math.min(han.length, 2 + (i % 3));
    const start = (i * 3) % (han.length - length + 1);
    return han.slice(start, start + length).join('');
  }
  const words = title.toLowerCase().match(/[a-z]{4,}/g) ?? [];
  if (words.length === 0) return undefined;
  const first = words[i % words.length]!;
  const second = words[(i + 1) % words.length];
  return i % 5 === 4 && second !== undefined && second !== first ? `${first} ${second}` : first;
}
