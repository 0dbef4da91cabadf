import type { ShapeName } from './shapes';

// Every node type has its own shape AND colour, every relationship type its own line style and
// arrowhead AND colour, so no distinction rests on colour alone. Colours keep at least 3:1
// contrast with white (WCAG 1.4.11, graphical objects). Families share a hue: the frame and part
// 二 in blues, part 三 in greens, part 四 in reds, part 五 in purples, sources in greys.

/** How a node type is drawn. */
export interface NodeTypeStyle {
  shape: ShapeName;
  colour: string;
}

/** How a relationship type is drawn. */
export interface EdgeTypeStyle {
  colour: string;
  line: 'solid' | 'dashed' | 'dotted';
  arrow: ArrowShape;
}

/** Arrowheads the explorer draws (a subset of Cytoscape's). */
export type ArrowShape = 'triangle' | 'vee' | 'tee' | 'circle' | 'square' | 'diamond' | 'chevron' | 'triangle-tee';

const OUR_NODE_STYLES: Record<string, NodeTypeStyle> = {
  Frame: { shape: 'octagon', colour: '#1d3b6f' },
  Aspect: { shape: 'triangle', colour: '#2b6cb0' },
  Characteristic: { shape: 'pentagon', colour: '#2c7a7b' },
  Period: { shape: 'rhomboid', colour: '#3f51a3' },
  Shift: { shape: 'block-arrow', colour: '#0f6e8c' },
  Evidence: { shape: 'square', colour: '#9c5b00' },
  Milestone: { shape: 'triangle-right', colour: '#4c51bf' },
  Dimension: { shape: 'hexagon', colour: '#276749' },
  DrivingElement: { shape: 'diamond', colour: '#2f855a' },
  KeyContent: { shape: 'trapezoid', colour: '#38764a' },
  Chain: { shape: 'chevron', colour: '#1c5d3f' },
  Technology: { shape: 'plus', colour: '#0b7285' },
  Capability: { shape: 'star', colour: '#975a16' },
  Principle: { shape: 'triangle-down', colour: '#7b341e' },
  Challenge: { shape: 'bowtie', colour: '#c53030' },
  Risk: { shape: 'vee', colour: '#c05621' },
  Path: { shape: 'house', colour: '#6b46c1' },
  Measure: { shape: 'tag', colour: '#805ad5' },
  Concept: { shape: 'ellipse', colour: '#5a6776' },
  Figure: { shape: 'round-rectangle', colour: '#744210' },
  Table: { shape: 'cut-rectangle', colour: '#8a5a00' },
  Source: { shape: 'document', colour: '#6b7685' },
};

// For someone else's labels: the most distinct shapes first, paired with a qualitative palette.
const FALLBACK_SHAPES: readonly ShapeName[] = [
  'ellipse',
  'square',
  'diamond',
  'triangle',
  'hexagon',
  'star',
  'pentagon',
  'octagon',
  'tag',
  'house',
  'plus',
  'vee',
  'triangle-down',
  'bowtie',
  'chevron',
  'rhomboid',
  'trapezoid',
  'document',
  'cut-rectangle',
  'round-rectangle',
];
const FALLBACK_COLOURS = [
  '#1f5fa8',
  '#b4480b',
  '#2b7a3b',
  '#b0263c',
  '#6a4fb0',
  '#7a5230',
  '#b0307a',
  '#5a6776',
  '#7d7a00',
  '#0f7c8c',
];

const OUR_EDGE_STYLES: Record<string, EdgeTypeStyle> = {
  PART_OF: { colour: '#7b8794', line: 'solid', arrow: 'triangle' },
  ENABLES: { colour: '#2f7d4f', line: 'solid', arrow: 'vee' },
  CITES: { colour: '#818a96', line: 'dotted', arrow: 'circle' },
  SHOWS: { colour: '#80619a', line: 'dashed', arrow: 'square' },
  ADDRESSES: { colour: '#7b3fa0', line: 'solid', arrow: 'tee' },
  USES: { colour: '#2a7f8f', line: 'dashed', arrow: 'vee' },
  EVIDENCED_BY: { colour: '#9c5b00', line: 'dotted', arrow: 'diamond' },
  PRECEDES: { colour: '#1d3b6f', line: 'solid', arrow: 'chevron' },
  THREATENS: { colour: '#c53030', line: 'dashed', arrow: 'triangle-tee' },
  CONTRASTS_WITH: { colour: '#b4480b', line: 'dashed', arrow: 'diamond' },
  HAS_KEY_CONTENT: { colour: '#38764a', line: 'solid', arrow: 'diamond' },
  PRODUCES: { colour: '#5b7f1f', line: 'solid', arrow: 'square' },
  DRIVEN_BY: { colour: '#2f855a', line: 'dotted', arrow: 'triangle' },
  SHIFTS_TO: { colour: '#0f6e8c', line: 'dashed', arrow: 'chevron' },
};
const FALLBACK_EDGE_STYLES: readonly Omit<EdgeTypeStyle, 'colour'>[] = [
  { line: 'solid', arrow: 'triangle' },
  { line: 'dashed', arrow: 'vee' },
  { line: 'dotted', arrow: 'circle' },
  { line: 'solid', arrow: 'tee' },
  { line: 'dashed', arrow: 'square' },
  { line: 'dotted', arrow: 'diamond' },
  { line: 'solid', arrow: 'chevron' },
  { line: 'dashed', arrow: 'triangle-tee' },
];

/** Styles for the node types of one graph: ours fixed, the others assigned in legend order. */
export function nodeTypeStyles(types: readonly string[]): Map<string, NodeTypeStyle> {
  const styles = new Map<string, NodeTypeStyle>();
  let next = 0;
  for (const type of types) {
    const ours = Object.hasOwn(OUR_NODE_STYLES, type) ? OUR_NODE_STYLES[type] : undefined;
    if (ours) styles.set(type, ours);
    else {
      styles.set(type, {
        shape: FALLBACK_SHAPES[next % FALLBACK_SHAPES.length]!,
        colour: FALLBACK_COLOURS[next % FALLBACK_COLOURS.length]!,
      });
      next++;
    }
  }
  return styles;
}

/** Styles for the relationship types of one graph: ours fixed, the others assigned in legend order. */
export function edgeTypeStyles(types: readonly string[]): Map<string, EdgeTypeStyle> {
  const styles = new Map<string, EdgeTypeStyle>();
  let next = 0;
  for (const type of types) {
    const ours = Object.hasOwn(OUR_EDGE_STYLES, type) ? OUR_EDGE_STYLES[type] : undefined;
    if (ours) styles.set(type, ours);
    else {
      const look = FALLBACK_EDGE_STYLES[next % FALLBACK_EDGE_STYLES.length]!;
      styles.set(type, { ...look, colour: FALLBACK_COLOURS[next % FALLBACK_COLOURS.length]! });
      next++;
    }
  }
  return styles;
}

/** Whether a node type has a fixed style of ours (used to order the legend: ours first). */
export function isStyledNodeType(type: string): boolean {
  return Object.hasOwn(OUR_NODE_STYLES, type);
}
