import { ARROW_PATHS, dashArray } from '~/lib/graph-view/arrows';
import { shapeGeometry, type ShapeName } from '~/lib/graph-view/shapes';
import type { EdgeTypeStyle, NodeTypeStyle } from '~/lib/graph-view/type-style';
import { s } from './dom';

/** A small inline SVG of a node type's shape and colour, as the canvas draws it (decorative). */
export function nodeGlyph(style: NodeTypeStyle | undefined, size = 18): SVGElement {
  const look = style ?? { shape: 'ellipse' as ShapeName, colour: '#5a6776' };
  const { tag, attributes } = shapeGeometry(look.shape, 10, 10, 8);
  return s(
    'svg',
    { class: 'glyph', width: size, height: size, viewBox: '0 0 20 20', 'aria-hidden': 'true', focusable: 'false' },
    s(tag, { ...attributes, fill: look.colour }),
  );
}

/** A small inline SVG of a relationship type: its line style, colour and arrowhead (decorative). */
export function edgeGlyph(style: EdgeTypeStyle | undefined, width = 34): SVGElement {
  const look = style ?? { colour: '#7b8794', line: 'solid' as const, arrow: 'triangle' as const };
  return s(
    'svg',
    { class: 'glyph', width, height: 14, viewBox: '0 0 34 14', 'aria-hidden': 'true', focusable: 'false' },
    s('line', {
      x1: 1,
      y1: 7,
      x2: 24,
      y2: 7,
      stroke: look.colour,
      'stroke-width': 2,
      'stroke-dasharray': dashArray(look.line, 2),
    }),
    s('path', { d: ARROW_PATHS[look.arrow], fill: look.colour, transform: 'translate(23 2)' }),
  );
}
