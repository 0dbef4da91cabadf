import type { StylesheetJson } from 'cytoscape';
import type { EdgeTypeInfo, NodeTypeInfo } from './browser-graph';
import { cytoscapeShape } from './shapes';
import { edgeTypeStyles, nodeTypeStyles } from './type-style';

// Colours shared with global.css: ink, muted text and the focus orange.
const INK = '#1b1f24';
const MUTED = '#545d68';
const FOCUS = '#c25400';

/** The class of a node type's elements: by position in the legend, so odd label names need no selector escaping. */
export const nodeTypeClass = (index: number): string => `nt${index}`;
/** The class of a relationship type's elements. */
export const edgeTypeClass = (index: number): string => `et${index}`;

/**
 * The Cytoscape stylesheet for a graph's types. `large` (a big export) trades curved parallel
 * edges and small labels for speed: straight haystack edges with the arrowhead midway, and labels
 * only once zoomed in. `curated`
 * (Figure 1, the chains: few nodes, all meant to be read) shows labels down to a 6-pixel font.
 */
export function cytoscapeStyle(
  nodeTypes: readonly NodeTypeInfo[],
  edgeTypes: readonly EdgeTypeInfo[],
  options: StyleOptions | boolean,
): StylesheetJson {
  // A boolean is `large` alone (the first form of this function, which the benchmark pages use).
  const tuned = typeof options === 'boolean' ? { large: options, curated: false, wrapAnywhere: false } : options;
  // @types/cytoscape lags the library (no underlay-*, polygon points as a string), so the blocks are
  // typed loosely here and checked by the headless test that loads this stylesheet.
  return styleBlocks(nodeTypes, edgeTypes, tuned) as unknown as StylesheetJson;
}

/** How the drawing is tuned for the graph and the page. */
export interface StyleOptions {
  /** A big graph: straight edges between node centres with the arrowhead midway, labels only when zoomed in. */
  large: boolean;
  /** A small drawing meant to be read (Figure 1, the chains): larger labels, shown whenever legible. */
  curated: boolean;
  /** Chinese labels have no spaces, so they may wrap between any two characters. */
  wrapAnywhere: boolean;
}

/** One stylesheet block: a selector and its properties. */
export interface StyleBlock {
  selector: string;
  style: Record<string, string | number>;
}

function styleBlocks(
  nodeTypes: readonly NodeTypeInfo[],
  edgeTypes: readonly EdgeTypeInfo[],
  options: StyleOptions,
): StyleBlock[] {
  const { large, curated } = options;
  // Where the arrowhead goes: a haystack edge has only a middle one.
  const arrowAt = large ? 'mid-target' : 'target';
  const nodeStyles = nodeTypeStyles(nodeTypes.map((t) => t.id));
  const edgeStyles = edgeTypeStyles(edgeTypes.map((t) => t.id));
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(label)',
        'font-size': 'data(font)',
        'font-family': 'system-ui, "Noto Sans TC", "Noto Sans SC", "PingFang TC", "Microsoft JhengHei", sans-serif',
        color: INK,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'wrap',
        'text-overflow-wrap': options.wrapAnywhere ? 'anywhere' : 'whitespace',
        'text-max-width': '150px',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'min-zoomed-font-size': curated ? 6 : large ? 11 : 8,
        'border-width': 1.5,
        'border-color': '#ffffff',
      },
    },
    { selector: 'node[textWidth]', style: { 'text-max-width': 'data(textWidth)' } },
    ...nodeTypes.map((type, i) => {
      const look = nodeStyles.get(type.id)!;
      return {
        selector: `node.${nodeTypeClass(i)}`,
        style: { 'background-color': look.colour, ...cytoscapeShape(look.shape) },
      };
    }),
    {
      selector: 'node.more',
      style: {
        shape: 'round-rectangle',
        width: 84,
        height: 26,
        'background-color': '#ffffff',
        'border-color': MUTED,
        'border-style': 'dashed',
        'border-width': 1.5,
        'text-valign': 'center',
        'text-margin-y': 0,
        'font-size': 12,
        color: MUTED,
      },
    },
    {
      selector: 'node.column',
      style: {
        width: 1,
        height: 1,
        'background-opacity': 0,
        'border-width': 0,
        'text-valign': 'center',
        'text-margin-y': 0,
        'font-size': 24,
        'font-weight': 'bold',
        color: MUTED,
        events: 'no',
      },
    },
    // A big graph's edges are haystacks: straight lines between node centres, which Cytoscape
    // places without pairing parallel edges, with the arrowhead at their middle; opaque, since a
    // translucent arrowhead is drawn twice.
    {
      selector: 'edge',
      style: large
        ? { width: 1.5, 'curve-style': 'haystack', 'haystack-radius': 0, 'arrow-scale': 0.9 }
        : { width: 1.5, 'curve-style': 'bezier', 'arrow-scale': 0.9, opacity: 0.85 },
    },
    ...edgeTypes.map((type, i) => {
      const look = edgeStyles.get(type.id)!;
      return {
        selector: `edge.${edgeTypeClass(i)}`,
        style: {
          'line-color': look.colour,
          [`${arrowAt}-arrow-color`]: look.colour,
          [`${arrowAt}-arrow-shape`]: look.arrow,
          'line-style': look.line,
        },
      };
    }),
    {
      selector: 'edge.more',
      style: { 'line-color': MUTED, 'line-style': 'dashed', [`${arrowAt}-arrow-shape`]: 'none', opacity: 0.6 },
    },
    { selector: '.faded', style: { opacity: 0.18 } },
    { selector: '.dim', style: { opacity: 0.22 } },
    { selector: 'node.focus', style: { 'border-width': 4, 'border-color': FOCUS } },
    {
      selector: 'node.picked',
      style: {
        'underlay-color': FOCUS,
        'underlay-opacity': 0.3,
        'underlay-padding': 9,
        'font-weight': 'bold',
        'z-index': 20,
      },
    },
    { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': FOCUS, opacity: 1, 'z-index': 15 } },
    {
      selector: 'edge.on-path',
      style: {
        width: 5,
        'line-color': FOCUS,
        [`${arrowAt}-arrow-color`]: FOCUS,
        opacity: 1,
        'z-index': 15,
        'line-style': 'solid',
      },
    },
  ];
}
