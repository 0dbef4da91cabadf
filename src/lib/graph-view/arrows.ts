import type { ArrowShape } from './type-style';

/**
 * SVG path of an arrowhead in a 10 × 10 box pointing right, its tip at (10, 5); the legend and
 * the SVG export draw these, the canvas uses Cytoscape's arrowhead of the same name.
 */
export const ARROW_PATHS: Record<ArrowShape, string> = {
  triangle: 'M0,0 L10,5 L0,10 Z',
  vee: 'M0,0 L10,5 L0,10 L3.5,5 Z',
  tee: 'M7,0 L10,0 L10,10 L7,10 Z',
  circle: 'M5,1 A4,4 0 1,1 5,9 A4,4 0 1,1 5,1 Z',
  square: 'M1.5,1.5 L9.5,1.5 L9.5,8.5 L1.5,8.5 Z',
  diamond: 'M0,5 L5,0.5 L10,5 L5,9.5 Z',
  chevron: 'M0,0 L4,0 L10,5 L4,10 L0,10 L6,5 Z',
  'triangle-tee': 'M2,0 L10,5 L2,10 Z M0,0 L1,0 L1,10 L0,10 Z',
};

/** SVG stroke-dasharray of a line style, for a stroke of width `width`. */
export function dashArray(line: 'solid' | 'dashed' | 'dotted', width: number): string | undefined {
  if (line === 'dashed') return `${width * 4} ${width * 3}`;
  if (line === 'dotted') return `${width} ${width * 2}`;
  return undefined;
}
