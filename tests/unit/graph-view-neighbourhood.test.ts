import { describe, expect, it } from 'vitest';
import { indexGraph } from '~/lib/graph-view/graph-index';
import { NEIGHBOURS_PER_TYPE } from '~/lib/graph-view/neighbourhood';
import { MIN_GAP } from '~/lib/graph-view/placement';
import { deriveScene } from '~/lib/graph-view/scene';
import { viewBase } from '~/lib/graph-view/view-base';
import { INITIAL_STATE, type ViewState } from '~/lib/graph-view/view-state';
import { hubGraph, makeGraph } from '../fixtures/graph-view/make-graph';

const focusOn = (focus: string, extra: Partial<ViewState> = {}): ViewState => ({ ...INITIAL_STATE, focus, ...extra });
const ids = (scene: ReturnType<typeof deriveScene>) => scene.nodes.map((n) => n.node.id);

describe('the neighbourhood of a focused node', () => {
  it('shows every node of the full view when nothing is focused, at its precomputed position', () => {
    const index = hubGraph({ Concept: 3 });
    const scene = deriveScene(index, viewBase(index, 'full'), INITIAL_STATE);
    expect(scene.nodes).toHaveLength(4);
    const hub = scene.nodes.find((n) => n.node.id === 'hub')!;
    expect([hub.x, hub.y]).toEqual([index.nodes.get('hub')!.x, index.nodes.get('hub')!.y]);
  });

  it('adds at most the set number of neighbours per type around a hub, and a "+N more" entry for the rest', () => {
    const index = hubGraph({ Concept: 10, Measure: 2 });
    const scene = deriveScene(index, viewBase(index, 'full'), focusOn('hub'));
    const shown = scene.nodes.filter((n) => n.node.type === 'Concept');
    expect(shown).toHaveLength(NEIGHBOURS_PER_TYPE);
    expect(scene.nodes.filter((n) => n.node.type === 'Measure')).toHaveLength(2);
    expect(scene.more).toEqual([expect.objectContaining({ hub: 'hub', count: 10 - NEIGHBOURS_PER_TYPE })]);
  });

  it('shows all the neighbours after "more", and the entry disappears', () => {
    const index = hubGraph({ Concept: 10 });
    const scene = deriveScene(index, viewBase(index, 'full'), focusOn('hub', { steps: [{ kind: 'more', id: 'hub' }] }));
    expect(scene.nodes).toHaveLength(11);
    expect(scene.more).toEqual([]);
  });

  it('reaches exactly the nodes within the chosen depth', () => {
    const index = indexGraph(
      makeGraph(
        [
          ['a', 'Concept'],
          ['b', 'Concept'],
          ['c', 'Concept'],
          ['d', 'Concept'],
          ['e', 'Concept'],
        ],
        [
          ['a', 'ENABLES', 'b'],
          ['c', 'ENABLES', 'b'],
          ['c', 'PART_OF', 'd'],
          ['d', 'USES', 'e'],
        ],
      ),
    );
    const base = viewBase(index, 'full');
    expect(ids(deriveScene(index, base, focusOn('a', { depth: 1 }))).sort()).toEqual(['a', 'b']);
    expect(ids(deriveScene(index, base, focusOn('a', { depth: 2 }))).sort()).toEqual(['a', 'b', 'c']);
    expect(ids(deriveScene(index, base, focusOn('a', { depth: 3 }))).sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('never moves a node already placed when another node is expanded', () => {
    const index = indexGraph(
      makeGraph(
        [
          ['a', 'Concept'],
          ['b', 'Concept'],
          ['c', 'Concept'],
          ['b1', 'Risk'],
          ['b2', 'Risk'],
          ['b3', 'Measure'],
        ],
        [
          ['a', 'ENABLES', 'b'],
          ['a', 'ENABLES', 'c'],
          ['b1', 'PART_OF', 'b'],
          ['b2', 'PART_OF', 'b'],
          ['b3', 'PART_OF', 'b'],
        ],
      ),
    );
    const base = viewBase(index, 'full');
    const before = deriveScene(index, base, focusOn('a'));
    const after = deriveScene(index, base, focusOn('a', { steps: [{ kind: 'expand', id: 'b' }] }));
    expect(ids(after)).toEqual(expect.arrayContaining(['b1', 'b2', 'b3']));
    for (const node of before.nodes) {
      expect(after.nodes.find((n) => n.node.id === node.node.id)).toMatchObject({ x: node.x, y: node.y });
    }
  });

  it('keeps new nodes apart from each other', () => {
    const index = hubGraph({ Concept: 6, Risk: 6, Measure: 6, Principle: 6 });
    const scene = deriveScene(index, viewBase(index, 'full'), focusOn('hub'));
    for (const a of scene.nodes) {
      for (const b of scene.nodes) {
        if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(MIN_GAP - 1);
      }
    }
  });

  it('gives the same scene for the same state every time', () => {
    const index = hubGraph({ Concept: 9, Risk: 4 });
    const state = focusOn('concept-1', { depth: 2, steps: [{ kind: 'more', id: 'hub' }] });
    const base = viewBase(index, 'full');
    expect(deriveScene(index, base, state)).toEqual(deriveScene(index, base, state));
  });
});

describe('filters', () => {
  const index = indexGraph(
    makeGraph(
      [
        ['a', 'Concept'],
        ['b', 'Source'],
        ['c', 'Concept'],
      ],
      [
        ['a', 'CITES', 'b'],
        ['a', 'ENABLES', 'c'],
      ],
    ),
  );
  const base = viewBase(index, 'full');

  it('fade unchecked types, keeping them in the view with their relationships faded', () => {
    const scene = deriveScene(index, base, { ...INITIAL_STATE, hiddenNodeTypes: ['Source'] });
    expect(scene.nodes.find((n) => n.node.id === 'b')?.faded).toBe(true);
    expect(scene.edges.find((e) => e.edge.type === 'CITES')?.faded).toBe(true);
    expect(scene.edges.find((e) => e.edge.type === 'ENABLES')?.faded).toBe(false);
  });

  it('hide unchecked types in hide mode, while the legend still counts them', () => {
    const scene = deriveScene(index, base, { ...INITIAL_STATE, hiddenEdgeTypes: ['ENABLES'], filterMode: 'hide' });
    expect(scene.edges.map((e) => e.edge.type)).toEqual(['CITES']);
    expect(scene.edgeTypeCounts.get('ENABLES')).toBe(1);
  });

  it('never hide the focused node itself', () => {
    const scene = deriveScene(index, base, {
      ...INITIAL_STATE,
      focus: 'b',
      hiddenNodeTypes: ['Source'],
      filterMode: 'hide',
    });
    expect(ids(scene)).toContain('b');
  });
});
