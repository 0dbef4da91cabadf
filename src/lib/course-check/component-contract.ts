/** What the course check knows about each MDX component authors may use without importing it. */
export interface ComponentContract {
  /** Attributes that must be written, with text values. */
  required: readonly string[];
  /** Attributes whose value must be one of a few words. */
  choices?: Readonly<Record<string, readonly string[]>>;
}

/** The components of src/components/mdx/index.ts and the attributes each needs. */
export const MDX_COMPONENTS: Readonly<Record<string, ComponentContract>> = {
  ConceptLink: { required: ['concept'] },
  ConceptCard: { required: ['concept'] },
  Callout: { required: [], choices: { kind: ['note', 'warning', 'case'] } },
  Figure: { required: ['src', 'alt'] },
  Statistic: { required: ['evidence'] },
  ChainDiagram: { required: [] },
  Table1: { required: [] },
};

/** The graph reference each component attribute makes: which label the node must have, if any. */
export const GRAPH_ATTRIBUTES: readonly { component: string; attribute: string; label?: string; example: string }[] = [
  { component: 'ConceptLink', attribute: 'concept', example: 'chain-perception' },
  { component: 'ConceptCard', attribute: 'concept', example: 'chain-perception' },
  { component: 'Statistic', attribute: 'evidence', label: 'Evidence', example: 'an Evidence key from the graph' },
  { component: 'ChainDiagram', attribute: 'highlight', label: 'Chain', example: 'chain-decision' },
];
