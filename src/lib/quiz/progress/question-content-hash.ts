import type { Question } from '../schema/question.schema';

// Fields that do not change what a question asks or accepts: editing them keeps saved attempts current.
const ignoredKeys = new Set(['explanation', 'section', 'concepts', 'feedback', 'feedbackIfTrue', 'feedbackIfFalse']);

/** JSON with keys sorted and ignored keys dropped, so equal content gives equal text whatever the key order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([key, entry]) => !ignoredKeys.has(key) && entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** cyrb53 (public domain, by bryc): a fast 53-bit string hash, identical in every JavaScript engine. */
function cyrb53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * A stable hash of what a question asks and accepts (prompt, options, answers, type, format). Feedback,
 * explanation, section and concepts are left out, so fixing an explanation does not flag saved attempts.
 */
export function questionContentHash(question: Question): string {
  const { id: _id, ...content } = question;
  return cyrb53(canonicalJson(content)).toString(16).padStart(14, '0');
}
