import { toHans } from '~/lib/i18n/to-hans';

const spaceBesideHan = / (?=\p{Script=Han})|(?<=\p{Script=Han}) /gu;

/**
 * Folds a typed answer so that equivalent writings compare equal: NFKC (full-width → half-width),
 * zh-Hant → zh-Hans (either script is accepted), case, punctuation and runs of whitespace (to one space,
 * none next to a Chinese character). "評估鏈", "评估链" and " 評估 鏈。" all fold to "评估链".
 */
export function normaliseShortAnswer(text: string): string {
  return toHans(text.normalize('NFKC'))
    .toUpperCase()
    .toLowerCase()
    .replace(/[\p{P}\s]+/gu, ' ')
    .trim()
    .replace(spaceBesideHan, '');
}
