import type { ElementDefinition } from 'cytoscape';
import type { ColumnLabel } from './browser-graph';
import { edgeTypeClass, nodeTypeClass } from './cy-style';
import type { GraphIndex } from './graph-index';
import { labelSize, nodeSize, shortLabel } from './node-look';
import type { Scene } from './scene';

// Cytoscape keeps nodes and edges in one id space while an export keeps two, so canvas ids are
// prefixed: n: node, e: relationship, m: "+N more" entry, me: its link, c: column label.

/** The canvas id of a node. */
export const nodeElementId = (id: string): string => `n:${id}`;
/** The canvas id of a relationship. */
export const edgeElementId = (id: string): string => `e:${id}`;
/** The canvas id of a "+N more" entry. */
export const moreElementId = (hub: string): string => `m:${hub}`;

/** Canvas elements for a scene, with classes for type, fading, focus, selection and the path. */
export function sceneElements(
  scene: Scene,
  index: GraphIndex,
  moreLabel: (count: number) => string,
  columns: readonly ColumnLabel[] = [],
  fontScale = 1,
): ElementDefinition[] {
  const nodeTypeIndex = new Map(index.graph.nodeTypes.map((t, i) => [t.id, i]));
  const edgeTypeIndex = new Map(index.graph.edgeTypes.map((t, i) => [t.id, i]));
  const pathActive = scene.path !== undefined;
  const widths = fontScale > 1 ? labelWidths(scene) : undefined;
  const elements: ElementDefinition[] = columns.map((column) => ({
    group: 'nodes',
    data: { id: `c:${column.id}`, label: column.name, kind: 'column', textWidth: 420 },
    position: { x: column.x, y: column.y },
    classes: 'column',
    selectable: false,
    grabbable: false,
  }));
  for (const item of scene.nodes) {
    const { node } = item;
    const classes = [nodeTypeClass(nodeTypeIndex.get(node.type) ?? 0)];
    if (item.faded) classes.push('faded');
    if (item.focus) classes.push('focus');
    if (item.selected) classes.push('picked');
    if (item.onPath) classes.push('on-path');
    else if (pathActive) classes.push('dim');
    elements.push({
      group: 'nodes',
      data: {
        id: nodeElementId(node.id),
        ref: node.id,
        kind: 'node',
        label: shortLabel(node.name, 40),
        size: nodeSize(node),
        font: Math.round(labelSize(node) * fontScale),
        textWidth: widths?.get(node.id) ?? DEFAULT_LABEL_WIDTH,
      },
      position: { x: item.x, y: item.y },
      classes: classes.join(' '),
    });
  }
  for (const more of scene.more) {
    elements.push({
      group: 'nodes',
      data: {
        id: moreElementId(more.hub),
        ref: more.hub,
        kind: 'more',
        label: moreLabel(more.count),
        size: 26,
        font: 12,
        textWidth: DEFAULT_LABEL_WIDTH,
      },
      position: { x: more.x, y: more.y },
      classes: pathActive ? 'more dim' : 'more',
    });
    elements.push({
      group: 'edges',
      data: { id: `me:${more.hub}`, source: nodeElementId(more.hub), target: moreElementId(more.hub) },
      classes: 'more',
    });
  }
  for (const item of scene.edges) {
    const { edge } = item;
    const classes = [edgeTypeClass(edgeTypeIndex.get(edge.type) ?? 0)];
    if (item.faded) classes.push('faded');
    if (item.onPath) classes.push('on-path');
    else if (pathActive) classes.push('dim');
    elements.push({
      group: 'edges',
      data: {
        id: edgeElementId(edge.id),
        ref: edge.id,
        source: nodeElementId(edge.source),
        target: nodeElementId(edge.target),
      },
      classes: classes.join(' '),
    });
  }
  return elements;
}

const DEFAULT_LABEL_WIDTH = 150;

/**
 * How wide each label may wrap in a curated drawing: most of the gap to the nearest node on the
 * same row, so neighbours' labels never run into each other, within 120–320 pixels.
 */
export function labelWidths(scene: Scene): Map<string, number> {
  const widths = new Map<string, number>();
  for (const a of scene.nodes) {
    let gap = Number.POSITIVE_INFINITY;
    for (const b of scene.nodes) if (a !== b && Math.abs(a.y - b.y) < 60) gap = Math.min(gap, Math.abs(a.x - b.x));
    widths.set(a.node.id, Math.round(Math.max(120, Math.min(320, gap * 0.85))));
  }
  return widths;
}
