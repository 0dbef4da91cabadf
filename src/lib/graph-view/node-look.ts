import type { ViewNode } from './browser-graph';

/** Drawn size of a node (model units): grows with the square root of its degree, within 22–56. */
export function nodeSize(node: Pick<ViewNode, 'degree'>): number {
  return Math.min(56, Math.round(20 + 6 * Math.sqrt(node.degree)));
}

/** Label size: hubs get larger text, so they stay readable when the whole graph is in view. */
export function labelSize(node: Pick<ViewNode, 'degree'>): number {
  return Math.round(12 + Math.min(10, Math.sqrt(node.degree)));
}

/** A label shortened to `max` characters with an ellipsis, for drawings; the full name stays in titles and lists. */
export function shortLabel(name: string, max = 28): string {
  const chars = [...name];
  return chars.length <= max ? name : `${chars.slice(0, max - 1).join('')}…`;
}
