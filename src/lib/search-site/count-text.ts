import type { SearchDocType } from '~/lib/search/search-doc';
import type { SearchClientStrings } from './client-strings';
import { fillTemplate } from './fill-template';

// Browser side: only types are imported from the string tables, so they stay out of the bundle.

/** "找到 12 筆結果" / "12 results" / "No results for “x”", for the aria-live count. */
export function resultCountText(strings: SearchClientStrings, count: number, query: string): string {
  const template = count === 0 ? strings['count.none'] : count === 1 ? strings['count.one'] : strings['count.other'];
  return fillTemplate(template, { count, query });
}

/** The badge text of a result type: 概念, 課, 單元, 測驗 / Concept, Lesson, Module, Quiz. */
export function typeLabel(strings: SearchClientStrings, type: SearchDocType): string {
  return strings[`type.${type}`];
}

/** "查看全部 12 筆結果" / "See all 12 results". */
export function seeAllText(strings: SearchClientStrings, count: number): string {
  return fillTemplate(strings['box.seeAll'], { count });
}
