// The vocabulary of our graph (staging GRAPH-SPEC.md): every node label and relationship type,
// what it means in both languages, and which labels a relationship may join. graph/README.md
// documents the same list; a unit test keeps the two in step.

/** What a node label means, with an example from the paper. */
export interface LabelMeaning {
  /** Meaning in Traditional Chinese. */
  zh: string;
  /** Meaning in English. */
  en: string;
  /** An example node of the graph, as `key (name_zh)`. */
  example: string;
}

/** Every node label of our graph; each content node has exactly one. */
export const NODE_LABELS = {
  Frame: {
    zh: '論文框架的頂層概念：兩端與四個部分（發展邏輯、理論邏輯、現實問題、實踐路徑）',
    en: "A top-level idea of the paper's frame: its two poles and its four parts (development logic, theoretical logic, real problems, practical paths)",
    example: 'new-quality-combat-effectiveness (新質公安戰鬥力)',
  },
  Aspect: {
    zh: '新質公安戰鬥力之「新」的三個面向之一',
    en: 'One of the three aspects of the "new" in new quality combat effectiveness',
    example: 'nq-new-building-concept (構建理念之新)',
  },
  Characteristic: {
    zh: '新質公安戰鬥力的五個基本特徵之一',
    en: 'One of the five basic characteristics of new quality combat effectiveness',
    example: 'nq-char-building-concept (構建理念)',
  },
  Period: {
    zh: '公安機關公共安全治理的三個歷史時期之一',
    en: 'One of the three historical periods of police public security governance',
    example: 'period-founding (建國伊始)',
  },
  Shift: {
    zh: '公共安全治理的四個轉變之一（理念、模式、主體、手段）',
    en: 'One of the four shifts of governance (idea, mode, actors, means)',
    example: 'shift-governance-actors (治理主體的轉變)',
  },
  Evidence: {
    zh: '論文引用的一項數據，附數值、單位、時間與出處',
    en: 'A figure the paper cites, with its value, unit, date and source',
    example: 'ev-fraud-fund-warnings (資金預警指令)',
  },
  Milestone: {
    zh: '公安科技發展史上有年份的事件',
    en: 'A dated event in the history of police technology',
    example: 'ms-2003-golden-shield (金盾工程)',
  },
  Dimension: {
    zh: '表1 的五個治理維度之一',
    en: 'One of the five governance dimensions of Table 1',
    example: 'dim-tool-innovation (治理工具革新)',
  },
  DrivingElement: {
    zh: '某一治理維度的驅動要素（表1）',
    en: 'The driving element of a dimension (Table 1)',
    example: 'resilient-governance (韌性治理)',
  },
  KeyContent: {
    zh: '某一治理維度的關鍵內容（表1）',
    en: 'Key content of a dimension (Table 1)',
    example: 't1-modern-tech-fusion (公共安全治理的現代科技融合)',
  },
  Chain: {
    zh: '全鏈條智慧治理的五條鏈之一',
    en: 'One of the five chains of whole-chain smart governance',
    example: 'chain-perception (感知鏈)',
  },
  Technology: { zh: '論文提到的一項科技', en: 'A technology the paper names', example: 'tech-big-data (大數據)' },
  Capability: {
    zh: '一種能力，如政治能力、領導力',
    en: 'An ability, such as political ability or leadership',
    example: 'nq-ability-law-policy (法律政策運用能力)',
  },
  Principle: {
    zh: '指導思想或思維方式',
    en: 'A guiding idea or way of thinking',
    example: 'bottom-line-thinking (底線思維)',
  },
  Challenge: {
    zh: '第四部分的五大現實挑戰之一',
    en: 'One of the five challenges of part 四',
    example: 'challenge-tech-alienation (技術賦能的多維異化)',
  },
  Risk: { zh: '某一挑戰的組成部分', en: 'A part of a challenge', example: 'risk-black-swan (「黑天鵝」事件)' },
  Path: {
    zh: '第五部分的四條實踐路徑之一',
    en: 'One of the four practical paths of part 五',
    example: 'path-data-security (加強信息保護，確保公共安全治理數據安全)',
  },
  Measure: {
    zh: '某一實踐路徑下的具體措施',
    en: 'A measure within a practical path',
    example: 'ms5-algorithm-oversight (加強智能決策的監督、審查和控制)',
  },
  Concept: { zh: '不屬上述類別的其他概念', en: 'Any other idea', example: 'th-information-silo (信息孤島)' },
  Figure: { zh: '論文的圖', en: 'A figure of the paper', example: 'figure-1 (圖1)' },
  Table: { zh: '論文的表', en: 'A table of the paper', example: 'table-1 (表1)' },
  Source: {
    zh: '論文本身（編號 0）或一則腳註文獻',
    en: 'The paper itself (number 0) or one footnote reference',
    example: 'fn-09 (註9)',
  },
} as const satisfies Record<string, LabelMeaning>;

/** A node label of our graph. */
export type NodeLabel = keyof typeof NODE_LABELS;

/** What a relationship type means, which way it points and which labels it may join. */
export interface RelationshipMeaning {
  /** Meaning in Traditional Chinese. */
  zh: string;
  /** Meaning in English. */
  en: string;
  /** Labels its start node should have; empty means any. Other labels draw a warning. */
  from: readonly NodeLabel[];
  /** Labels its end node should have; empty means any. Other labels draw a warning. */
  to: readonly NodeLabel[];
  /** An example, written start → end. */
  example: string;
}

/** Every relationship type of our graph. Direction matters. */
export const RELATIONSHIP_TYPES = {
  PART_OF: {
    zh: '部分 → 整體',
    en: 'part → whole',
    from: [],
    to: [],
    example: 'dim-value-concept → theoretical-logic',
  },
  DRIVEN_BY: {
    zh: '治理維度 → 其驅動要素（表1）',
    en: 'Dimension → its driving element (Table 1)',
    from: ['Dimension'],
    to: ['DrivingElement'],
    example: 'dim-efficacy → resilient-governance',
  },
  HAS_KEY_CONTENT: {
    zh: '治理維度 → 其關鍵內容（表1）',
    en: 'Dimension → its key content (Table 1)',
    from: ['Dimension'],
    to: ['KeyContent'],
    example: 'dim-change-orientation → t1-modern-tech-fusion',
  },
  PRECEDES: {
    zh: '有序序列中的前一項 → 下一項；`sequence` 屬性指明序列',
    en: 'earlier → next in an ordered sequence named by the `sequence` property',
    from: [],
    to: [],
    example: 'chain-perception → chain-assessment (sequence "five-chains")',
  },
  SHIFTS_TO: {
    zh: '舊狀態 → 新狀態（二(二) 的四個轉變）',
    en: 'old state → new state (the four shifts of 二(二))',
    from: [],
    to: [],
    example: 'shift-actors-from-solo → shift-actors-to-multi',
  },
  ENABLES: {
    zh: 'X 賦能或促成 Y',
    en: 'X empowers or makes possible Y',
    from: [],
    to: [],
    example: 'new-quality-combat-effectiveness → public-security-governance',
  },
  USES: {
    zh: '鏈條、措施等 → 其運用的技術',
    en: 'Chain, Measure or another node → a technology it uses',
    from: [],
    to: ['Technology'],
    example: 'chain-perception → tech-iot',
  },
  PRODUCES: {
    zh: '鏈條 → 其產出',
    en: 'Chain → its output',
    from: ['Chain'],
    to: [],
    example: 'chain-assessment → th-event-assessment',
  },
  ADDRESSES: {
    zh: '路徑或措施 → 其回應的挑戰或風險',
    en: 'Path or Measure → the challenge or risk it answers',
    from: ['Path', 'Measure'],
    to: ['Challenge', 'Risk'],
    example: 'path-data-security → challenge-tech-alienation',
  },
  THREATENS: {
    zh: '挑戰或風險 → 其危及的對象',
    en: 'Challenge or Risk → what it endangers',
    from: ['Challenge', 'Risk'],
    to: [],
    example: 'challenge-tech-alienation → public-security-governance',
  },
  CONTRASTS_WITH: {
    zh: '較新或較佳的概念 → 其對立面（只寫一次）',
    en: 'newer or preferred idea → its opposite (written once)',
    from: [],
    to: [],
    example: 't1-break-info-silos → th-information-silo',
  },
  EVIDENCED_BY: {
    zh: '論點 → 支持它的證據',
    en: 'claim → an Evidence node backing it',
    from: [],
    to: ['Evidence'],
    example: 'dev-anti-fraud-work → ev-fraud-calls-blocked',
  },
  SHOWS: {
    zh: '圖或表 → 其呈現的節點；表1 的格另有 row、column',
    en: 'Figure or Table → a node it displays; Table 1 cells add row and column',
    from: ['Figure', 'Table'],
    to: [],
    example: 'table-1 → resilient-governance (row 5, column "driving_element")',
  },
  CITES: {
    zh: '任何節點 → 其所依據的來源（腳註）',
    en: 'any node → the source (footnote) it rests on',
    from: [],
    to: ['Source'],
    example: 'ev-fraud-fund-warnings → fn-09',
  },
} as const satisfies Record<string, RelationshipMeaning>;

/** A relationship type of our graph. */
export type RelationshipType = keyof typeof RELATIONSHIP_TYPES;

/** Values of a relationship's `basis`: the paper states it, or the course infers it. */
export const BASES = ['explicit', 'interpretive'] as const;

/** Labels whose `order` must run 1..n without gaps or repeats. */
export const ORDERED_LABELS = ['Dimension', 'Chain', 'Challenge', 'Path'] as const satisfies readonly NodeLabel[];

/** The `sequence` name of the five chains' PRECEDES links. */
export const FIVE_CHAINS_SEQUENCE = 'five-chains';

/** The five chains in the paper's order (三(四)). */
export const FIVE_CHAIN_KEYS = [
  'chain-perception',
  'chain-assessment',
  'chain-contingency-plan',
  'chain-decision',
  'chain-disposal',
] as const;

/** Whether `label` is one of our node labels. */
export function isNodeLabel(label: string): label is NodeLabel {
  return Object.hasOwn(NODE_LABELS, label);
}

/** Whether `type` is one of our relationship types. */
export function isRelationshipType(type: string): type is RelationshipType {
  return Object.hasOwn(RELATIONSHIP_TYPES, type);
}
