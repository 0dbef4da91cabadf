import cytoscape from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import { labelWidths, nodeElementId, sceneElements } from '~/lib/graph-view/cy-elements';
import { cytoscapeStyle } from '~/lib/graph-view/cy-style';
import { indexGraph } from '~/lib/graph-view/graph-index';
import { deriveScene } from '~/lib/graph-view/scene';
import { viewBase } from '~/lib/graph-view/view-base';
import { INITIAL_STATE } from '~/lib/graph-view/view-state';
import { hubGraph, makeGraph } from '../fixtures/graph-view/make-graph';

function headless(index: ReturnType<typeof indexGraph>, state = INITIAL_STATE) {
  const scene = deriveScene(index, viewBase(index, 'full'), state);
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: sceneElements(scene, index, (n) => `+${n} more`),
    style: cytoscapeStyle(index.graph.nodeTypes, index.graph.edgeTypes, {
      large: false,
      curated: false,
      wrapAnywhere: true,
    }),
    layout: { name: 'preset' },
  });
  return { cy, scene };
}

describe('the canvas elements in headless Cytoscape', () => {
  it('keep a node and a relationship that share an id in the export apart', () => {
    const graph = makeGraph(
      [
        ['0', 'Person'],
        ['1', 'Person'],
      ],
      [],
    );
    graph.edges.push({ id: '0', type: 'KNOWS', source: '0', target: '1', basis: '', section: '' });
    const { cy } = headless(indexGraph(graph));
    expect(cy.nodes()).toHaveLength(2);
    expect(cy.edges()).toHaveLength(1);
  });

  it('sit at the scene positions under the preset layout', () => {
    const index = hubGraph({ Concept: 3 });
    const { cy, scene } = headless(index, { ...INITIAL_STATE, focus: 'hub' });
    for (const node of scene.nodes)
      expect(cy.getElementById(nodeElementId(node.node.id)).position()).toEqual({ x: node.x, y: node.y });
  });

  it('draw each node type with its own shape and colour, and the stylesheet raises no warning', () => {
    const warn = vi.spyOn(console, 'warn');
    const types = ['Frame', 'Chain', 'Concept', 'Risk', 'Source', 'Person'];
    const index = indexGraph(
      makeGraph(
        types.map((type) => [type.toLowerCase(), type]),
        [],
      ),
    );
    const { cy } = headless(index);
    const looks = cy
      .nodes()
      .map((node) => `${node.style('shape')} ${node.style('shape-polygon-points')} ${node.style('background-color')}`);
    expect(new Set(looks).size).toBe(types.length);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('add a "+N more" entry joined to its hub', () => {
    const index = hubGraph({ Concept: 9 });
    const { cy } = headless(index, { ...INITIAL_STATE, focus: 'hub' });
    const more = cy.nodes('.more');
    expect(more).toHaveLength(1);
    expect(more.data('label')).toBe('+3 more');
    expect(
      more
        .connectedEdges()
        .connectedNodes()
        .map((n) => n.id()),
    ).toContain(nodeElementId('hub'));
  });

  it('let labels in a curated drawing wrap within the gap to their neighbour on the same row', () => {
    const graph = makeGraph(
      [
        ['a', 'Challenge', { x: 0, y: 0 }],
        ['b', 'Challenge', { x: 200, y: 0 }],
        ['c', 'Path', { x: 0, y: 400 }],
      ],
      [],
    );
    const index = indexGraph(graph);
    const widths = labelWidths(deriveScene(index, viewBase(index, 'full'), INITIAL_STATE));
    expect(widths.get('a')).toBe(170);
    expect(widths.get('c')).toBe(320);
  });

  it('accept the first form of the stylesheet options, a boolean for large graphs', () => {
    const index = hubGraph({ Concept: 2 });
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: sceneElements(deriveScene(index, viewBase(index, 'full'), INITIAL_STATE), index, String),
      style: cytoscapeStyle(index.graph.nodeTypes, index.graph.edgeTypes, true),
    });
    expect(cy.edges().first().style('curve-style')).toBe('haystack');
  });

  it("draw a big graph's relationships as haystacks with their arrowhead midway, so direction still shows", () => {
    const warn = vi.spyOn(console, 'warn');
    const index = hubGraph({ Concept: 2 });
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: sceneElements(deriveScene(index, viewBase(index, 'full'), INITIAL_STATE), index, String),
      style: cytoscapeStyle(index.graph.nodeTypes, index.graph.edgeTypes, {
        large: true,
        curated: false,
        wrapAnywhere: false,
      }),
    });
    const edge = cy.edges().first();
    expect(edge.style('curve-style')).toBe('haystack');
    expect(edge.style('mid-target-arrow-shape')).not.toBe('none');
    expect(edge.style('target-arrow-shape')).toBe('none');
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});
