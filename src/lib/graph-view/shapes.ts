// Node shapes as polygons in a unit box (-1..1, y down), so the canvas (Cytoscape's "polygon"
// shape), the legend's inline SVG and the SVG export draw exactly the same outline.

/** A shape: a native ellipse or rounded rectangle, or a polygon given by its points. */
export type ShapeSpec =
  { kind: 'ellipse' } | { kind: 'round-rectangle' } | { kind: 'polygon'; points: readonly number[] };

function regular(sides: number, rotation = -Math.PI / 2): number[] {
  return Array.from({ length: sides }, (_, i) => {
    const angle = rotation + (i * 2 * Math.PI) / sides;
    return [round(Math.cos(angle)), round(Math.sin(angle))];
  }).flat();
}

function star(points: number, inner: number): number[] {
  return Array.from({ length: points * 2 }, (_, i) => {
    const angle = -Math.PI / 2 + (i * Math.PI) / points;
    const radius = i % 2 === 0 ? 1 : inner;
    return [round(radius * Math.cos(angle)), round(radius * Math.sin(angle))];
  }).flat();
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

const polygon = (points: readonly number[]): ShapeSpec => ({ kind: 'polygon', points });

/** Every shape the explorer uses, by name. */
export const SHAPES = {
  ellipse: { kind: 'ellipse' },
  'round-rectangle': { kind: 'round-rectangle' },
  square: polygon([-0.85, -0.85, 0.85, -0.85, 0.85, 0.85, -0.85, 0.85]),
  triangle: polygon([0, -1, 1, 0.8, -1, 0.8]),
  'triangle-down': polygon([-1, -0.8, 1, -0.8, 0, 1]),
  'triangle-right': polygon([-0.8, -1, 1, 0, -0.8, 1]),
  diamond: polygon([0, -1, 1, 0, 0, 1, -1, 0]),
  pentagon: polygon(regular(5)),
  hexagon: polygon(regular(6, 0)),
  octagon: polygon(regular(8, Math.PI / 8)),
  star: polygon(star(5, 0.45)),
  plus: polygon([
    -0.33, -1, 0.33, -1, 0.33, -0.33, 1, -0.33, 1, 0.33, 0.33, 0.33, 0.33, 1, -0.33, 1, -0.33, 0.33, -1, 0.33, -1,
    -0.33, -0.33, -0.33,
  ]),
  rhomboid: polygon([-0.5, -0.8, 1, -0.8, 0.5, 0.8, -1, 0.8]),
  trapezoid: polygon([-0.55, -0.8, 0.55, -0.8, 1, 0.8, -1, 0.8]),
  chevron: polygon([-1, -1, 0.2, -1, 1, 0, 0.2, 1, -1, 1, -0.2, 0]),
  'block-arrow': polygon([-1, -0.4, 0.2, -0.4, 0.2, -1, 1, 0, 0.2, 1, 0.2, 0.4, -1, 0.4]),
  bowtie: polygon([-1, -1, 0, -0.35, 1, -1, 1, 1, 0, 0.35, -1, 1]),
  vee: polygon([-1, -1, 0, -0.25, 1, -1, 0, 1]),
  house: polygon([0, -1, 1, -0.2, 1, 1, -1, 1, -1, -0.2]),
  tag: polygon([-1, -0.7, 0.45, -0.7, 1, 0, 0.45, 0.7, -1, 0.7]),
  'cut-rectangle': polygon([-0.6, -0.8, 0.6, -0.8, 1, -0.4, 1, 0.4, 0.6, 0.8, -0.6, 0.8, -1, 0.4, -1, -0.4]),
  document: polygon([-0.8, -1, 0.35, -1, 0.8, -0.55, 0.8, 1, -0.8, 1]),
} as const satisfies Record<string, ShapeSpec>;

/** The name of one of the explorer's shapes. */
export type ShapeName = keyof typeof SHAPES;

/** Cytoscape style properties that draw a shape. */
export function cytoscapeShape(name: ShapeName): { shape: string; 'shape-polygon-points'?: string } {
  const spec: ShapeSpec = SHAPES[name];
  if (spec.kind !== 'polygon') return { shape: spec.kind };
  return { shape: 'polygon', 'shape-polygon-points': spec.points.join(' ') };
}

/** An SVG element that draws a shape: its tag and numeric attributes. */
export interface ShapeGeometry {
  tag: 'circle' | 'rect' | 'polygon';
  attributes: Record<string, string>;
}

/** The SVG element of a shape centred on (cx, cy) with half-size r. */
export function shapeGeometry(name: ShapeName, cx: number, cy: number, r: number): ShapeGeometry {
  const spec: ShapeSpec = SHAPES[name];
  if (spec.kind === 'ellipse') return { tag: 'circle', attributes: { cx: n(cx), cy: n(cy), r: n(r) } };
  if (spec.kind === 'round-rectangle') {
    return {
      tag: 'rect',
      attributes: { x: n(cx - r), y: n(cy - r * 0.8), width: n(2 * r), height: n(1.6 * r), rx: n(r * 0.35) },
    };
  }
  const points: string[] = [];
  for (let i = 0; i < spec.points.length; i += 2)
    points.push(`${n(cx + spec.points[i]! * r)},${n(cy + spec.points[i + 1]! * r)}`);
  return { tag: 'polygon', attributes: { points: points.join(' ') } };
}

/**
 * SVG markup of a shape centred on (cx, cy) with half-size r; `attributes` are numbers or trusted
 * colour strings from the style table, never text from an export.
 */
export function svgShape(name: ShapeName, cx: number, cy: number, r: number, attributes: string): string {
  const { tag, attributes: geometry } = shapeGeometry(name, cx, cy, r);
  const own = Object.entries(geometry)
    .map(([key, value]) => `${key}="${value}"`)
    .join(' ');
  return `<${tag} ${own} ${attributes}/>`;
}

function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}
