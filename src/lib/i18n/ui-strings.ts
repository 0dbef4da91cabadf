/**
 * Every string the interface shows, in zh-Hant (the source) and en. zh-Hans is generated from
 * zh-Hant (see to-hans.ts), so it has no entry here. Components take strings only from here.
 */
const zhHant = {
  'site.title': '新質公安戰鬥力：知識圖譜與培訓課程',
  'site.shortTitle': '新質公安戰鬥力',
  'site.description': '以知識圖譜與培訓課程學習新質公安戰鬥力如何賦能公共安全治理。',
  'nav.label': '主選單',
  'nav.home': '首頁',
  'nav.course': '課程',
  'nav.graph': '知識圖譜',
  'nav.concepts': '概念索引',
  'nav.table1': '表1',
  'nav.progress': '學習進度',
  'nav.search': '搜尋',
  'nav.skip': '跳到主要內容',
  'lang.label': '語言',
  'lang.current': '目前語言',
  'footer.source': '內容依據：劉蔚〈新質公安戰鬥力賦能公共安全治理：發展邏輯、理論邏輯與實踐路徑〉，《公共安全》。',
  'footer.scripts': '簡體中文版由繁體中文自動轉換。',
  'home.dimensions': '五個治理維度',
  'home.dimensionsIntro': '論文第三部分（表1）把賦能過程分成五個維度，每個維度有一個驅動要素：',
  'home.section': '出處',
  'home.start': '從這裡開始',
  'home.course': '按單元學習：九個單元、課文與測驗',
  'home.graph': '在知識圖譜中探索概念之間的關係',
  'home.figure1': '以互動方式查看圖1：框架全貌',
  'home.table1': '表1：五個治理維度的驅動要素與關鍵內容',
  'home.concepts': '所有概念，依類別列出',
} as const;

export type UiKey = keyof typeof zhHant;

const en: Record<UiKey, string> = {
  'site.title': 'New Quality Public Security Combat Effectiveness: Knowledge Graph and Course',
  'site.shortTitle': 'New Quality Combat Effectiveness',
  'site.description':
    'A knowledge graph and training course on how new quality public security combat effectiveness empowers public security governance.',
  'nav.label': 'Main menu',
  'nav.home': 'Home',
  'nav.course': 'Course',
  'nav.graph': 'Knowledge graph',
  'nav.concepts': 'Concepts',
  'nav.table1': 'Table 1',
  'nav.progress': 'Progress',
  'nav.search': 'Search',
  'nav.skip': 'Skip to main content',
  'lang.label': 'Language',
  'lang.current': 'current language',
  'footer.source':
    'Source: Liu Wei, "Empowering Public Security Governance with New Quality Public Security Combat Effectiveness: Development Logic, Theoretical Logic, and Practical Approach", Public Security (公共安全).',
  'footer.scripts': 'The Simplified Chinese edition is converted automatically from Traditional Chinese.',
  'home.dimensions': 'The five governance dimensions',
  'home.dimensionsIntro':
    'Part three of the paper (Table 1) divides the empowerment into five dimensions, each with its driving element:',
  'home.section': 'Section',
  'home.start': 'Start here',
  'home.course': 'Learn module by module: nine modules with lessons and quizzes',
  'home.graph': 'Explore how the concepts relate in the knowledge graph',
  'home.figure1': 'Figure 1, the whole framework, as an interactive view',
  'home.table1': 'Table 1: the driving elements and key content of the five dimensions',
  'home.concepts': 'Every concept, listed by type',
};

/** UI strings by source language; zh-Hans pages use the zh-Hant strings and are converted whole. */
export const uiStrings: { readonly 'zh-Hant': Record<UiKey, string>; readonly en: Record<UiKey, string> } = {
  'zh-Hant': zhHant,
  en,
};

/** The names of the languages, each written in its own script (never converted). */
export const localeNames = { 'zh-Hant': '繁體中文', 'zh-Hans': '简体中文', en: 'English' } as const;
