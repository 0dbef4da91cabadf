import type { Scene } from './scene';
import type { ViewName } from './view-state';

/** What the JSON export holds: the view's nodes with their drawn positions, and its relationships. */
export interface ViewExport {
  format: 'graph-explorer-view';
  version: 1;
  view: ViewName;
  /** The permalink of the view, so the file says where it came from. */
  url: string;
  nodes: (Scene['nodes'][number]['node'] & { drawnX: number; drawnY: number })[];
  edges: Scene['edges'][number]['edge'][];
}

/** The current view as pretty-printed JSON. */
export function toViewJson(scene: Scene, view: ViewName, url: string): string {
  const body: ViewExport = {
    format: 'graph-explorer-view',
    version: 1,
    view,
    url,
    nodes: scene.nodes.map(({ node, x, y }) => ({ ...node, drawnX: x, drawnY: y })),
    edges: scene.edges.map(({ edge }) => edge),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
