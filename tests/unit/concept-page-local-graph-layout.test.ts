import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapLabel, estimateEms } from '~/lib/concept-page/label-wrap';
import {
  type Box,
  layoutLocalGraph,
  type LocalGraphInput,
  type PlacedNode,
} from '~/lib/concept-page/local-graph-layout';

const names = ['感知鏈', 'Perception chain', '全鏈條全過程的智慧治理', 'Whole-chain, whole-process smart governance'];
function neighbourhood(count: number): LocalGraphInput {
  const ring = Array.from({ length: count }, (_, i) => ({ id: `n${i}`, label: `${names[i % names.length]} ${i}` }));
  return {
    centre: { id: 'centre', label: '新質公安戰鬥力' },
    ring,
    edges: ring.map((node, i) =>
      i % 2 === 0
        ? { from: 'centre', to: node.id, interpretive: false }
        : { from: node.id, to: 'centre', interpretive: i % 3 === 0 },
    ),
  };
}

const circleBox = (node: PlacedNode): Box => ({
  x: node.x - node.radius,
  y: node.y - node.radius,
  width: 2 * node.radius,
  height: 2 * node.radius,
});
const overlap = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (box: Box, width: number, height: number): boolean =>
  box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height;

describe('local graph layout', () => {
  it('places every neighbour exactly once, in the order given', () => {
    for (const count of [1, 2, 3, 7, 26, 40]) {
      const layout = layoutLocalGraph(neighbourhood(count));
      expect(layout.ring.map((node) => node.id)).toEqual(neighbourhood(count).ring.map((node) => node.id));
    }
  });

  it('never lets a node or label overlap the centre, another node or another label, and keeps all inside the picture', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 45 }), (count) => {
        const layout = layoutLocalGraph(neighbourhood(count));
        const boxes = [layout.centre!, ...layout.ring].flatMap((node) => [circleBox(node), node.labelBox]);
        for (const [i, a] of boxes.entries()) {
          expect(inside(a, layout.width, layout.height)).toBe(true);
          for (const b of boxes.slice(i + 1)) expect(overlap(a, b)).toBe(false);
        }
      }),
    );
  });

  it('is deterministic: the same input gives the same picture', () => {
    expect(layoutLocalGraph(neighbourhood(13))).toEqual(layoutLocalGraph(neighbourhood(13)));
  });

  it('draws one line per pair, with an arrowhead at each end its relationships point to', () => {
    const layout = layoutLocalGraph({
      centre: { id: 'c', label: 'C' },
      ring: [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ],
      edges: [
        { from: 'c', to: 'a', interpretive: false },
        { from: 'a', to: 'c', interpretive: true },
        { from: 'b', to: 'c', interpretive: true },
        { from: 'b', to: 'c', interpretive: true },
      ],
    });
    expect(layout.edges).toHaveLength(2);
    const ac = layout.edges.find((edge) => [edge.from, edge.to].includes('a'))!;
    expect(ac.arrowAtStart && ac.arrowAtEnd).toBe(true);
    expect(ac.interpretive).toBe(false);
    const bc = layout.edges.find((edge) => [edge.from, edge.to].includes('b'))!;
    const pointsAtCentre = bc.to === 'c' ? bc.arrowAtEnd && !bc.arrowAtStart : bc.arrowAtStart && !bc.arrowAtEnd;
    expect(pointsAtCentre).toBe(true);
    expect(bc.interpretive).toBe(true);
  });

  it('lays out a set without a centre on the circle, and draws nothing for an empty one', () => {
    const ring = layoutLocalGraph({
      ring: [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ],
      edges: [{ from: 'a', to: 'b', interpretive: false }],
    });
    expect(ring.centre).toBeUndefined();
    expect(ring.ring).toHaveLength(2);
    expect(ring.edges).toHaveLength(1);
    expect(layoutLocalGraph({ ring: [], edges: [] })).toMatchObject({ width: 0, height: 0, ring: [], edges: [] });
  });
});

describe('label wrapping', () => {
  it('keeps Latin words whole and breaks Chinese between any two characters', () => {
    expect(wrapLabel('Perception chain', 7, 2)).toEqual(['Perception', 'chain']);
    expect(wrapLabel('全鏈條全過程的智慧治理', 6, 2)).toEqual(['全鏈條全過程', '的智慧治理']);
  });

  it('ends a label that does not fit with an ellipsis, within the width', () => {
    const lines = wrapLabel('Whole-chain, whole-process smart governance of public security', 9, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    for (const line of lines) expect(estimateEms(line)).toBeLessThanOrEqual(9);
  });
});
