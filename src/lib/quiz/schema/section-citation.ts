const numeral = '[一二三四五六七八九十]+';

/**
 * A citation of a place in the paper: a subsection in Chinese numerals (三(四), 三（四）), a whole part
 * written as 第一部分 or § 一, Table 1 (表1), Figure 1 (圖1), the abstract (摘要) or a footnote (註9).
 */
export const sectionCitationPattern = new RegExp(
  [
    `${numeral}\\s*[(（]\\s*${numeral}\\s*[)）]`,
    `第${numeral}部分`,
    `§\\s*${numeral}`,
    '表\\s*\\d+',
    '圖\\s*\\d+',
    '摘要',
    '註\\s*\\d+',
  ].join('|'),
);

/** True when `text` cites a place in the paper, like 三(四), 第一部分, 表1 or 摘要. */
export function citesSection(text: string): boolean {
  return sectionCitationPattern.test(text);
}
