const numeral = '[一二三四五六七八九十]+';

/** A citation of a section of the paper: a part and a parenthesised subsection in Chinese numerals, e.g. 三(四) or 三（四）. */
export const sectionCitationPattern = new RegExp(`${numeral}\\s*[(（]\\s*${numeral}\\s*[)）]`);

/** True when `text` cites a section of the paper, like 三(四). */
export function citesSection(text: string): boolean {
  return sectionCitationPattern.test(text);
}
