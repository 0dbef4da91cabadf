import { otherEnd } from '~/lib/graph-view/graph-index';
import { relationshipClause } from '~/lib/graph-view/path-sentence';
import type { SceneEdge, SceneNode } from '~/lib/graph-view/scene';
import { h } from './dom';
import type { Explorer } from './explorer';
import { edgeGlyph, nodeGlyph } from './glyphs';

// The outline's tree items. Keys name items across re-renders: n:<node>, e:<node>\0<edge> for a
// relationship listed under a node, m:<node> for its "+N more" entry.

/** The key of a node's tree item. */
export function nodeKey(id: string): string {
  return `n:${id}`;
}

/** Classes of a node's tree item for its state in the scene. */
export function rowClasses(item: SceneNode): string {
  return ['ti-node', item.faded && 'faded', item.onPath && 'on-path', item.focus && 'focus'].filter(Boolean).join(' ');
}

/** What a node's tree item shows. */
export interface NodeItemSpec {
  item: SceneNode;
  /** 1-based position among the outline's nodes, and their number. */
  position: number;
  size: number;
  /** Its relationships in view. */
  edges: SceneEdge[];
  /** How many neighbours its "+N more" entry holds back, if it has one. */
  more: number | undefined;
  /** Whether its relationships are listed. */
  open: boolean;
}

/** A node's tree item (level 1), with its relationships as a group when open; `register` records each item by key. */
export function nodeItem(
  explorer: Explorer,
  spec: NodeItemSpec,
  register: (key: string, li: HTMLElement) => void,
): HTMLElement {
  const { item, position, size, edges, more } = spec;
  const { node } = item;
  const labelId = `gx-o-${position}`;
  const hasChildren = edges.length > 0 || more !== undefined;
  const open = hasChildren && spec.open;
  const li = h(
    'li',
    {
      role: 'treeitem',
      'aria-level': 1,
      'aria-setsize': size,
      'aria-posinset': position,
      'aria-expanded': hasChildren ? String(open) : undefined,
      'aria-selected': String(item.selected),
      'aria-labelledby': `${labelId} ${labelId}-meta`,
      tabindex: -1,
      'data-key': nodeKey(node.id),
      class: rowClasses(item),
    },
    h(
      'span',
      { class: 'ti-row' },
      h('span', { class: 'ti-twisty', 'aria-hidden': 'true' }, hasChildren ? (open ? '▾' : '▸') : ''),
      nodeGlyph(explorer.nodeStyles.get(node.type)),
      h('span', { id: labelId, class: 'ti-label' }, node.name),
      h(
        'span',
        { id: `${labelId}-meta`, class: 'ti-meta' },
        `${explorer.index.nodeTypeName(node.type)} · ${explorer.t('outline.relationships', { n: edges.length })}`,
      ),
    ),
  );
  register(nodeKey(node.id), li);
  if (open) li.append(relationshipGroup(explorer, node.id, edges, more, register));
  return li;
}

/** The level-2 items under a node: each relationship as a sentence with its section, then "+N more". */
function relationshipGroup(
  explorer: Explorer,
  id: string,
  edges: SceneEdge[],
  moreCount: number | undefined,
  register: (key: string, li: HTMLElement) => void,
): HTMLElement {
  const group = h('ul', { role: 'group' });
  const size = edges.length + (moreCount ? 1 : 0);
  edges.forEach((item, i) => {
    const key = `e:${id}\u0000${item.edge.id}`;
    const li = h(
      'li',
      {
        role: 'treeitem',
        'aria-level': 2,
        'aria-setsize': size,
        'aria-posinset': i + 1,
        tabindex: -1,
        'data-key': key,
        'data-parent': id,
        'data-to': otherEnd(item.edge, id),
        class: item.faded ? 'ti-edge faded' : item.onPath ? 'ti-edge on-path' : 'ti-edge',
      },
      h('span', { class: 'ti-dir', 'aria-hidden': 'true' }, item.edge.source === id ? '→' : '←'),
      edgeGlyph(explorer.edgeStyles.get(item.edge.type), 26),
      h('span', { class: 'ti-label' }, relationshipClause(explorer.index, item.edge.id, explorer.words)),
      item.edge.section
        ? h('span', { class: 'ti-meta' }, ` ${explorer.t('details.section')} ${item.edge.section}`)
        : undefined,
    );
    register(key, li);
    group.append(li);
  });
  if (moreCount) {
    const key = `m:${id}`;
    const li = h(
      'li',
      {
        role: 'treeitem',
        'aria-level': 2,
        'aria-setsize': size,
        'aria-posinset': size,
        tabindex: -1,
        'data-key': key,
        'data-parent': id,
        class: 'ti-more',
      },
      h('span', { class: 'ti-label' }, explorer.t('outline.more', { n: moreCount })),
    );
    register(key, li);
    group.append(li);
  }
  return group;
}
