import type { RelationshipType } from '~/lib/graph/dictionary';
import type { Locale } from '~/lib/i18n/locales';
import { sourceLocale } from '~/lib/i18n/translate';

/** Which way a relationship points, seen from the node whose page it is. */
export type Direction = 'out' | 'in';

interface Heading {
  zh: string;
  en: string;
}

// Each relationship type read from the page's node: `out` when the node is the start, `in` when
// it is the end. "部分 → 整體" read from the part is "是…的一部分"; read from the whole, "組成部分".
const HEADINGS: Record<RelationshipType, Record<Direction, Heading>> = {
  PART_OF: { out: { zh: '是…的一部分', en: 'Part of' }, in: { zh: '組成部分', en: 'Parts' } },
  DRIVEN_BY: { out: { zh: '驅動要素', en: 'Driven by' }, in: { zh: '所驅動的治理維度', en: 'Drives the dimension' } },
  HAS_KEY_CONTENT: { out: { zh: '關鍵內容', en: 'Key content' }, in: { zh: '是…的關鍵內容', en: 'Key content of' } },
  PRECEDES: { out: { zh: '下一步', en: 'Comes before' }, in: { zh: '上一步', en: 'Comes after' } },
  SHIFTS_TO: { out: { zh: '轉變為', en: 'Shifts to' }, in: { zh: '由…轉變而來', en: 'Shifted from' } },
  ENABLES: { out: { zh: '賦能／促成', en: 'Enables' }, in: { zh: '受…賦能', en: 'Enabled by' } },
  USES: { out: { zh: '運用的技術', en: 'Uses' }, in: { zh: '運用它的', en: 'Used by' } },
  PRODUCES: { out: { zh: '產出', en: 'Produces' }, in: { zh: '由…產出', en: 'Produced by' } },
  ADDRESSES: { out: { zh: '回應的挑戰或風險', en: 'Addresses' }, in: { zh: '回應它的路徑或措施', en: 'Addressed by' } },
  THREATENS: { out: { zh: '危及', en: 'Threatens' }, in: { zh: '受…威脅', en: 'Threatened by' } },
  CONTRASTS_WITH: {
    out: { zh: '與之對照的舊觀念', en: 'Contrasts with' },
    in: { zh: '與之對照的新觀念', en: 'Contrasted by' },
  },
  EVIDENCED_BY: { out: { zh: '數據證據', en: 'Evidence' }, in: { zh: '所支持的論點', en: 'Evidence for' } },
  SHOWS: { out: { zh: '呈現的內容', en: 'Shows' }, in: { zh: '出現於', en: 'Shown in' } },
  CITES: { out: { zh: '出處', en: 'Cites' }, in: { zh: '引用它的節點', en: 'Cited by' } },
};

/** The order neighbour groups appear in: our types as the dictionary lists them, out before in. */
export const KNOWN_TYPES = Object.keys(HEADINGS) as RelationshipType[];

function isKnown(type: string): type is RelationshipType {
  return Object.hasOwn(HEADINGS, type);
}

/** The heading of a neighbour group, e.g. PART_OF out → 是…的一部分 / Part of; another export's type → `TYPE →` / `← TYPE`. */
export function relationshipHeading(locale: Locale, type: string, direction: Direction): string {
  if (!isKnown(type)) return direction === 'out' ? `${type} →` : `← ${type}`;
  const heading = HEADINGS[type][direction];
  return sourceLocale(locale) === 'en' ? heading.en : heading.zh;
}
