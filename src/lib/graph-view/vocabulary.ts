import { TYPE_NAMES } from '~/lib/graph/type-names';

// Display names for the explorer: the legend, the outline and the path sentence. Node labels are
// named as on the concept pages; relationship types have short names and sentence phrases here.
// The full meanings live in ~/lib/graph/dictionary.ts. A label or type that is not listed
// (someone else's export) shows under its raw name.

type Words = { 'zh-Hant': string; en: string };

/** Names of our node labels: the site's one table (~/lib/graph/type-names.ts), in its order. */
export const NODE_TYPE_NAMES: Record<string, Words> = Object.fromEntries(
  Object.entries(TYPE_NAMES).map(([label, name]) => [label, { 'zh-Hant': name.zh, en: name.en }]),
);

/** Short names and sentence phrases of our relationship types; "…" marks where the end node goes. */
export const RELATIONSHIP_WORDS: Record<string, { name: Words; phrase: Words }> = {
  PART_OF: { name: { 'zh-Hant': '屬於', en: 'part of' }, phrase: { 'zh-Hant': '是…的一部分', en: 'is part of …' } },
  DRIVEN_BY: {
    name: { 'zh-Hant': '驅動要素', en: 'driven by' },
    phrase: { 'zh-Hant': '由…驅動', en: 'is driven by …' },
  },
  HAS_KEY_CONTENT: {
    name: { 'zh-Hant': '關鍵內容', en: 'key content' },
    phrase: { 'zh-Hant': '以…為關鍵內容', en: 'has the key content …' },
  },
  PRECEDES: { name: { 'zh-Hant': '先於', en: 'precedes' }, phrase: { 'zh-Hant': '先於…', en: 'precedes …' } },
  SHIFTS_TO: { name: { 'zh-Hant': '轉變為', en: 'shifts to' }, phrase: { 'zh-Hant': '轉變為…', en: 'shifts to …' } },
  ENABLES: { name: { 'zh-Hant': '賦能', en: 'enables' }, phrase: { 'zh-Hant': '賦能…', en: 'enables …' } },
  USES: { name: { 'zh-Hant': '運用', en: 'uses' }, phrase: { 'zh-Hant': '運用…', en: 'uses …' } },
  PRODUCES: { name: { 'zh-Hant': '產出', en: 'produces' }, phrase: { 'zh-Hant': '產出…', en: 'produces …' } },
  ADDRESSES: { name: { 'zh-Hant': '回應', en: 'addresses' }, phrase: { 'zh-Hant': '回應…', en: 'addresses …' } },
  THREATENS: { name: { 'zh-Hant': '威脅', en: 'threatens' }, phrase: { 'zh-Hant': '威脅…', en: 'threatens …' } },
  CONTRASTS_WITH: {
    name: { 'zh-Hant': '相對於', en: 'contrasts with' },
    phrase: { 'zh-Hant': '與…相對', en: 'contrasts with …' },
  },
  EVIDENCED_BY: {
    name: { 'zh-Hant': '證據', en: 'evidenced by' },
    phrase: { 'zh-Hant': '以…為證據', en: 'is evidenced by …' },
  },
  SHOWS: { name: { 'zh-Hant': '呈現', en: 'shows' }, phrase: { 'zh-Hant': '呈現…', en: 'shows …' } },
  CITES: { name: { 'zh-Hant': '依據', en: 'cites' }, phrase: { 'zh-Hant': '依據…', en: 'cites …' } },
};

/** The short name of a node label in a source language; the raw label when it is not ours. */
export function nodeTypeName(type: string, language: 'zh-Hant' | 'en'): string {
  return Object.hasOwn(NODE_TYPE_NAMES, type) ? NODE_TYPE_NAMES[type]![language] : type;
}

/** The short name of a relationship type; the raw type when it is not ours. */
export function relationshipName(type: string, language: 'zh-Hant' | 'en'): string {
  return Object.hasOwn(RELATIONSHIP_WORDS, type) ? RELATIONSHIP_WORDS[type]!.name[language] : type;
}

/**
 * The sentence phrase of a relationship type, "…" marking the end node. An unknown type reads
 * as its raw name between the two ends ("A KNOWS B").
 */
export function relationshipPhrase(type: string, language: 'zh-Hant' | 'en'): string {
  if (Object.hasOwn(RELATIONSHIP_WORDS, type)) return RELATIONSHIP_WORDS[type]!.phrase[language];
  return language === 'en' ? `${type} …` : ` ${type} …`;
}
