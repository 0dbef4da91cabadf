import type { NodeLabel } from '~/lib/graph/dictionary';
import type { Locale } from '~/lib/i18n/locales';
import { sourceLocale } from '~/lib/i18n/translate';

interface TypeName {
  /** Name in Traditional Chinese (zh-Hans pages get it converted). */
  zh: string;
  /** Singular English name, for a badge. */
  en: string;
  /** Plural English name, for a heading over a group. */
  enPlural: string;
}

/**
 * What each node label is called on the site, in the order the concept index lists them (the
 * paper's frame first, sources last). Another export's labels are shown as written.
 */
export const TYPE_NAMES = {
  Frame: { zh: '論文框架', en: 'Frame', enPlural: 'Frame of the paper' },
  Aspect: { zh: '「新」的面向', en: 'Aspect', enPlural: 'Aspects of the "new"' },
  Characteristic: { zh: '基本特徵', en: 'Characteristic', enPlural: 'Characteristics' },
  Period: { zh: '歷史時期', en: 'Period', enPlural: 'Periods' },
  Shift: { zh: '治理轉變', en: 'Shift', enPlural: 'Shifts' },
  Milestone: { zh: '里程碑', en: 'Milestone', enPlural: 'Milestones' },
  Evidence: { zh: '數據證據', en: 'Evidence', enPlural: 'Evidence' },
  Dimension: { zh: '治理維度', en: 'Dimension', enPlural: 'Governance dimensions' },
  DrivingElement: { zh: '驅動要素', en: 'Driving element', enPlural: 'Driving elements' },
  KeyContent: { zh: '關鍵內容', en: 'Key content', enPlural: 'Key contents' },
  Chain: { zh: '治理鏈條', en: 'Chain', enPlural: 'Chains' },
  Technology: { zh: '技術', en: 'Technology', enPlural: 'Technologies' },
  Capability: { zh: '能力', en: 'Capability', enPlural: 'Capabilities' },
  Principle: { zh: '原則與思維', en: 'Principle', enPlural: 'Principles' },
  Challenge: { zh: '現實挑戰', en: 'Challenge', enPlural: 'Challenges' },
  Risk: { zh: '風險', en: 'Risk', enPlural: 'Risks' },
  Path: { zh: '實踐路徑', en: 'Path', enPlural: 'Practical paths' },
  Measure: { zh: '措施', en: 'Measure', enPlural: 'Measures' },
  Concept: { zh: '概念', en: 'Concept', enPlural: 'Concepts' },
  Figure: { zh: '圖', en: 'Figure', enPlural: 'Figures' },
  Table: { zh: '表', en: 'Table', enPlural: 'Tables' },
  Source: { zh: '文獻來源', en: 'Source', enPlural: 'Sources' },
} as const satisfies Record<NodeLabel, TypeName>;

function known(label: string): TypeName | undefined {
  return Object.hasOwn(TYPE_NAMES, label) ? TYPE_NAMES[label as NodeLabel] : undefined;
}

/** A label's name for one node (a badge), e.g. 治理鏈條 / Chain; an unknown label as written. */
export function typeName(locale: Locale, label: string): string {
  const name = known(label);
  if (!name) return label;
  return sourceLocale(locale) === 'en' ? name.en : name.zh;
}

/** A label's name over a group of nodes, e.g. 治理鏈條 / Chains; an unknown label as written. */
export function typeGroupName(locale: Locale, label: string): string {
  const name = known(label);
  if (!name) return label;
  return sourceLocale(locale) === 'en' ? name.enPlural : name.zh;
}

/** Sorts labels our way: known labels in TYPE_NAMES order, then others alphabetically. */
export function compareLabels(a: string, b: string): number {
  const order = Object.keys(TYPE_NAMES);
  const [ia, ib] = [order.indexOf(a), order.indexOf(b)];
  if (ia >= 0 && ib >= 0) return ia - ib;
  if (ia >= 0 || ib >= 0) return ia >= 0 ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The fragment id of a type's group on the concept index, e.g. `type-Chain`; safe for any label. */
export function typeAnchor(label: string): string {
  return `type-${label.replace(/[^A-Za-z0-9_-]/gu, (character) => `_${character.codePointAt(0)?.toString(16) ?? ''}`)}`;
}
