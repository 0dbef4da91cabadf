import { z } from 'zod';

/**
 * A place in the paper: 摘要 (abstract), a part 一…六, a subsection 二(一) with ASCII
 * parentheses, a table 表1, a figure 圖1 or a footnote 註9.
 */
export const SECTION_PATTERN =
  /^(?:摘要|[一二三四五六七八九十]+(?:\([一二三四五六七八九十]+\))?|表[1-9][0-9]*|圖[1-9][0-9]*|註[1-9][0-9]*)$/u;

/** The `section` property of every node and relationship. */
export const sectionSchema = z.string().regex(SECTION_PATTERN).meta({
  expected: 'a section of the paper',
  fix: 'write one of 摘要, 一, 二(一), 表1, 圖1, 註9 (ASCII parentheses, no spaces)',
});
