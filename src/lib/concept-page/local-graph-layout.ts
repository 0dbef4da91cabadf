import { estimateEms, wrapLabel } from './label-wrap';

/** A node to draw: its id and full caption. */
export interface LayoutNodeInput {
  id: string;
  label: string;
}

/** A relationship to draw, from its start to its end; interpretive ones are dashed. */
export interface LayoutEdgeInput {
  from: string;
  to: string;
  interpretive: boolean;
}

/** What to lay out: an optional node in the centre, the others on a circle around it. */
export interface LocalGraphInput {
  centre?: LayoutNodeInput | undefined;
  ring: readonly LayoutNodeInput[];
  edges: readonly LayoutEdgeInput[];
}

/** An axis-aligned box in SVG units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A placed node with its wrapped label. */
export interface PlacedNode {
  id: string;
  label: string;
  x: number;
  y: number;
  radius: number;
  lines: string[];
  /** Where the label's lines start (`anchor` says which end of the text that is) and its first baseline. */
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end' | 'middle';
  /** The estimated box of the label. */
  labelBox: Box;
}

/** One line per pair of nodes; arrowheads at the end(s) its relationships point to. */
export interface PlacedEdge {
  from: string;
  to: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  arrowAtEnd: boolean;
  arrowAtStart: boolean;
  /** True when every relationship of the pair is interpretive. */
  interpretive: boolean;
}

/** A local graph ready to draw in an SVG of `width` × `height`. */
export interface LocalGraphLayout {
  width: number;
  height: number;
  centre: PlacedNode | undefined;
  ring: PlacedNode[];
  edges: PlacedEdge[];
  fontSize: number;
  lineHeight: number;
}

export const FONT_SIZE = 14;
const LINE_HEIGHT = 17;
const NODE_RADIUS = 6;
const CENTRE_RADIUS = 11;
const LABEL_GAP = 6;
const MAX_LABEL_EMS = 10;
const MAX_LINES = 2;
const MIN_RADIUS = 110;
// Neighbours sit at evenly spaced heights over this share of the radius, so labels never stack.
const SPAN = 0.85;
const PADDING = 8;

const round = (value: number): number => Math.round(value * 10) / 10;

function labelBox(x: number, y: number, lines: readonly string[], anchor: PlacedNode['anchor']): Box {
  const width = Math.max(...lines.map((line) => estimateEms(line))) * FONT_SIZE;
  const height = lines.length * LINE_HEIGHT;
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { x: left, y, width, height };
}

function ringHeights(count: number, radius: number): number[] {
  if (count === 1) return [0];
  return Array.from({ length: count }, (_, i) => radius * SPAN * (-1 + (2 * i) / (count - 1)));
}

function placeRing(ring: readonly LayoutNodeInput[], radius: number): PlacedNode[] {
  const rightCount = Math.ceil(ring.length / 2);
  const sides = [
    { nodes: ring.slice(0, rightCount), sign: 1, anchor: 'start' as const },
    // The left side runs bottom to top, so the ring reads clockwise from the top right.
    { nodes: ring.slice(rightCount).reverse(), sign: -1, anchor: 'end' as const },
  ];
  const placed = new Map<string, PlacedNode>();
  for (const { nodes, sign, anchor } of sides) {
    const heights = ringHeights(nodes.length, radius);
    nodes.forEach((node, i) => {
      const y = heights[i] ?? 0;
      const x = sign * Math.sqrt(radius * radius - y * y);
      const lines = wrapLabel(node.label, MAX_LABEL_EMS, MAX_LINES);
      const labelX = x + sign * (NODE_RADIUS + LABEL_GAP);
      const top = y - (lines.length * LINE_HEIGHT) / 2;
      placed.set(node.id, {
        id: node.id,
        label: node.label,
        x,
        y,
        radius: NODE_RADIUS,
        lines,
        labelX,
        anchor,
        labelY: top + LINE_HEIGHT / 2 + FONT_SIZE * 0.35,
        labelBox: labelBox(labelX, top, lines, anchor),
      });
    });
  }
  return ring.map((node) => placed.get(node.id)).filter((node): node is PlacedNode => node !== undefined);
}

function placeCentre(centre: LayoutNodeInput): PlacedNode {
  const lines = wrapLabel(centre.label, MAX_LABEL_EMS, MAX_LINES);
  const top = CENTRE_RADIUS + 4;
  return {
    id: centre.id,
    label: centre.label,
    x: 0,
    y: 0,
    radius: CENTRE_RADIUS,
    lines,
    labelX: 0,
    anchor: 'middle',
    labelY: top + LINE_HEIGHT / 2 + FONT_SIZE * 0.35,
    labelBox: labelBox(0, top, lines, 'middle'),
  };
}

function placeEdges(edges: readonly LayoutEdgeInput[], nodes: ReadonlyMap<string, PlacedNode>): PlacedEdge[] {
  const pairs = new Map<
    string,
    { a: PlacedNode; b: PlacedNode; forward: boolean; backward: boolean; interpretive: boolean }
  >();
  for (const edge of edges) {
    const [from, to] = [nodes.get(edge.from), nodes.get(edge.to)];
    if (!from || !to || from === to) continue;
    const [a, b] = from.id < to.id ? [from, to] : [to, from];
    const key = `${a.id}\u0000${b.id}`;
    const pair = pairs.get(key) ?? { a, b, forward: false, backward: false, interpretive: true };
    if (from === a) pair.forward = true;
    else pair.backward = true;
    pair.interpretive &&= edge.interpretive;
    pairs.set(key, pair);
  }
  return [...pairs.values()].map(({ a, b, forward, backward, interpretive }) => {
    const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const [ux, uy] = [(b.x - a.x) / length, (b.y - a.y) / length];
    const [startGap, endGap] = [a.radius + (backward ? 2 : 1), b.radius + (forward ? 2 : 1)];
    return {
      from: a.id,
      to: b.id,
      arrowAtEnd: forward,
      arrowAtStart: backward,
      interpretive,
      x1: a.x + ux * startGap,
      y1: a.y + uy * startGap,
      x2: b.x - ux * endGap,
      y2: b.y - uy * endGap,
    };
  });
}

function bounds(nodes: readonly PlacedNode[]): { minX: number; minY: number; maxX: number; maxY: number } {
  const xs = nodes.flatMap((n) => [n.x - n.radius, n.x + n.radius, n.labelBox.x, n.labelBox.x + n.labelBox.width]);
  const ys = nodes.flatMap((n) => [n.y - n.radius, n.y + n.radius, n.labelBox.y, n.labelBox.y + n.labelBox.height]);
  return { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) };
}

function shift(node: PlacedNode, dx: number, dy: number): PlacedNode {
  const box = node.labelBox;
  return {
    ...node,
    x: round(node.x + dx),
    y: round(node.y + dy),
    labelX: round(node.labelX + dx),
    labelY: round(node.labelY + dy),
    labelBox: { x: round(box.x + dx), y: round(box.y + dy), width: round(box.width), height: box.height },
  };
}

/**
 * Lays out a small graph deterministically: the centre node (if any) at the middle, the others on
 * a circle at evenly spaced heights (right side top to bottom, then left side bottom to top) with
 * their labels outside the circle, so no label overlaps a node or another label. The circle grows
 * with the number of nodes.
 */
export function layoutLocalGraph(input: LocalGraphInput): LocalGraphLayout {
  const perSide = Math.ceil(input.ring.length / 2);
  const rowGap = MAX_LINES * LINE_HEIGHT + 6;
  const radius = Math.max(MIN_RADIUS, (rowGap * (perSide - 1)) / (2 * SPAN));
  const centre = input.centre ? placeCentre(input.centre) : undefined;
  const ring = placeRing(input.ring, radius);
  const all = centre ? [centre, ...ring] : ring;
  if (all.length === 0)
    return { width: 0, height: 0, centre, ring, edges: [], fontSize: FONT_SIZE, lineHeight: LINE_HEIGHT };
  const box = bounds(all);
  const [dx, dy] = [PADDING - box.minX, PADDING - box.minY];
  const shiftedRing = ring.map((node) => shift(node, dx, dy));
  const shiftedCentre = centre ? shift(centre, dx, dy) : undefined;
  const byId = new Map([...shiftedRing, ...(shiftedCentre ? [shiftedCentre] : [])].map((node) => [node.id, node]));
  const edges = placeEdges(input.edges, byId).map((edge) => ({
    ...edge,
    x1: round(edge.x1),
    y1: round(edge.y1),
    x2: round(edge.x2),
    y2: round(edge.y2),
  }));
  return {
    width: Math.ceil(box.maxX - box.minX + 2 * PADDING),
    height: Math.ceil(box.maxY - box.minY + 2 * PADDING),
    centre: shiftedCentre,
    ring: shiftedRing,
    edges,
    fontSize: FONT_SIZE,
    lineHeight: LINE_HEIGHT,
  };
}
