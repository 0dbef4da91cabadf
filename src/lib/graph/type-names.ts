import type { NodeLabel } from './dictionary';

export interface TypeName {
  /** Name in Traditional Chinese (zh-Hans pages get it converted). */
  zh: string;
  /** Singular English name, for a badge. */
  en: string;
  /** Plural English name, for a heading over a group. */
  enPlural: string;
}

/**
 * What each node label is called everywhere on the site (concept pages, the concept index, the
 * explorer's legend, outline and details), in the order they are listed (dictionary.ts's order: the paper's
 * frame first, sources last). Another export's labels are shown as written. The full meanings are in dictionary.ts.
 */
export const TYPE_NAMES = {
  Frame: { zh: '論文框架', en: 'Frame', enPlural: 'Frame of the paper' },
  Aspect: { zh: '「新」的面向', en: 'Aspect', enPlural: 'Aspects of the "new"' },
  Characteristic: { zh: '基本特徵', en: 'Characteristic', enPlural: 'Characteristics' },
  Period: { zh: '歷史時期', en: 'Period', enPlural: 'Periods' },
  Shift: { zh: '治理轉變', en: 'Shift', enPlural: 'Shifts' },
  Evidence: { zh: '數據證據', en: 'Evidence', enPlural: 'Evidence' },
  Milestone: { zh: '里程碑', en: 'Milestone', enPlural: 'Milestones' },
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
