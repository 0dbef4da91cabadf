import type { Point } from './browser-graph';
import { MIN_GAP } from './placement';

/** Distance between two rings of the radial layout. */
const RING = 230;

/**
 * A radial tree layout: the root at `centre`, each level on its own ring, and every node given a
 * slice of its parent's angle in proportion to the size of its subtree, so branches never cross.
 * Rings widen when a level holds too many nodes for MIN_GAP between neighbours.
 */
export function radialLayout(
  root: string,
  children: ReadonlyMap<string, readonly string[]>,
  centre: Point,
): Map<string, Point> {
  const weight = new Map<string, number>();
  const measure = (id: string): number => {
    const kids = children.get(id) ?? [];
    const total = kids.length === 0 ? 1 : kids.reduce((sum, kid) => sum + measure(kid), 0);
    weight.set(id, total);
    return total;
  };
  measure(root);
  const levels: string[][] = [];
  const walk = (id: string, level: number) => {
    (levels[level] ??= []).push(id);
    for (const kid of children.get(id) ?? []) walk(kid, level + 1);
  };
  walk(root, 0);
  const radius: number[] = [0];
  for (let level = 1; level < levels.length; level++) {
    radius[level] = Math.max(radius[level - 1]! + RING, (levels[level]!.length * MIN_GAP) / (2 * Math.PI));
  }
  const positions = new Map<string, Point>([[root, centre]]);
  const place = (id: string, level: number, from: number, span: number) => {
    const kids = children.get(id) ?? [];
    let start = from;
    for (const kid of kids) {
      const share = (span * weight.get(kid)!) / weight.get(id)!;
      const angle = start + share / 2;
      positions.set(kid, {
        x: centre.x + radius[level + 1]! * Math.cos(angle),
        y: centre.y + radius[level + 1]! * Math.sin(angle),
      });
      place(kid, level + 1, start, share);
      start += share;
    }
  };
  place(root, 0, -Math.PI / 2, 2 * Math.PI);
  return positions;
}
