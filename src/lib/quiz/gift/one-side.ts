import type { Language, Text } from '../schema/text.schema';

/** Text with one language filled in and the other left empty (validation then names the missing translation). */
export function oneSide(lang: Language, text: string): Text {
  return lang === 'zh' ? { zh: text, en: '' } : { zh: '', en: text };
}
