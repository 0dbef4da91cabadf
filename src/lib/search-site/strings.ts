import { defineStrings } from '~/lib/i18n/define-strings';

// Site search's interface text. Components render the browser's share (client-strings.ts) into a
// data attribute, so zh-Hans pages get it converted with the rest of the HTML; "{count}", "{query}",
// "{title}" and "{number}" are filled by fillTemplate.

/** Every string of the search box, the search page and the docs the index is built from. */
export const searchStrings = defineStrings({
  'zh-Hant': {
    'nav.search': '搜尋',
    'box.label': '搜尋全站',
    'box.placeholder': '搜尋課程與概念',
    'box.shortcut': '按 / 鍵搜尋',
    'box.submit': '搜尋',
    'box.results': '搜尋結果',
    'box.seeAll': '查看全部 {count} 筆結果',
    'status.loading': '正在載入搜尋索引…',
    'status.failed': '搜尋索引無法載入，請重新整理頁面再試。',
    'count.none': '沒有找到「{query}」的結果',
    'count.one': '找到 1 筆結果',
    'count.other': '找到 {count} 筆結果',
    'type.concept': '概念',
    'type.lesson': '課',
    'type.module': '單元',
    'type.quiz': '測驗',
    'type.page': '頁面',
    'page.title': '搜尋',
    'page.intro': '以中文（繁體或簡體皆可）或英文搜尋概念、課程與測驗解說。',
    'page.noScript': '搜尋需要啟用 JavaScript。',
    'doc.quizQuestion': '{title}：{prompt}',
  },
  en: {
    'nav.search': 'Search',
    'box.label': 'Search the site',
    'box.placeholder': 'Search lessons and concepts',
    'box.shortcut': 'Press / to search',
    'box.submit': 'Search',
    'box.results': 'Search results',
    'box.seeAll': 'See all {count} results',
    'status.loading': 'Loading the search index…',
    'status.failed': 'The search index could not be loaded. Reload the page and try again.',
    'count.none': 'No results for “{query}”',
    'count.one': '1 result',
    'count.other': '{count} results',
    'type.concept': 'Concept',
    'type.lesson': 'Lesson',
    'type.module': 'Module',
    'type.quiz': 'Quiz',
    'type.page': 'Page',
    'page.title': 'Search',
    'page.intro': 'Search concepts, lessons and quiz explanations in English or Chinese (Traditional or Simplified).',
    'page.noScript': 'Search needs JavaScript.',
    'doc.quizQuestion': '{title}: {prompt}',
  },
});

/** A key of the search string table. */
export type SearchStringKey = Parameters<ReturnType<typeof searchStrings.for>>[0];
