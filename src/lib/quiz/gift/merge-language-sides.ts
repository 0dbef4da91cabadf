import type { Language, Text } from '../schema/text.schema';

/** Thrown when the two language versions of a question differ in anything but their texts. */
export class LanguageMismatchError extends Error {
  constructor(
    readonly path: string,
    detail: string,
  ) {
    super(`${path || 'the question'} differs between the languages (${detail})`);
    this.name = 'LanguageMismatchError';
  }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const isText = (value: unknown): value is Text =>
  isPlainObject(value) && Object.keys(value).sort().join(',') === 'en,zh';
const show = (value: unknown) => (value === undefined ? 'absent' : JSON.stringify(value));

/**
 * Combines two one-language versions of the same question: texts take `secondLang` from `second` and the
 * other language from `first`; everything else (ids, flags, numbers, list lengths) must be equal.
 */
export function mergeLanguageSides(first: unknown, second: unknown, secondLang: Language, path = ''): unknown {
  if (isText(first) || isText(second)) {
    const base = isText(first) ? first : { zh: '', en: '' };
    return { ...base, [secondLang]: isText(second) ? second[secondLang] : '' };
  }
  if (Array.isArray(first) && Array.isArray(second)) {
    if (first.length !== second.length)
      throw new LanguageMismatchError(path, `${first.length} entries vs ${second.length}`);
    return first.map((entry, index) => mergeLanguageSides(entry, second[index], secondLang, `${path}[${index}]`));
  }
  if (isPlainObject(first) && isPlainObject(second)) {
    const merged: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(first), ...Object.keys(second)])) {
      const value = mergeLanguageSides(first[key], second[key], secondLang, path ? `${path}.${key}` : key);
      if (value !== undefined) merged[key] = value;
    }
    return merged;
  }
  if (first !== second) throw new LanguageMismatchError(path, `${show(first)} vs ${show(second)}`);
  return first;
}
