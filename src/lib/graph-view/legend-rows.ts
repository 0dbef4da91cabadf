import type { GraphIndex } from './graph-index';
import type { Scene } from './scene';
import type { ViewState } from './view-state';

/** One checkbox of the legend: a type, its name, whether it is shown, and how many the view holds. */
export interface LegendRow {
  id: string;
  name: string;
  checked: boolean;
  count: number;
}

/** The legend's node-type rows and relationship-type rows for a scene and state. */
export function legendRows(
  index: GraphIndex,
  scene: Scene,
  state: ViewState,
): { nodes: LegendRow[]; edges: LegendRow[] } {
  const hiddenNodes = new Set(state.hiddenNodeTypes);
  const hiddenEdges = new Set(state.hiddenEdgeTypes);
  return {
    nodes: index.graph.nodeTypes.map((type) => ({
      id: type.id,
      name: type.name,
      checked: !hiddenNodes.has(type.id),
      count: scene.nodeTypeCounts.get(type.id) ?? 0,
    })),
    edges: index.graph.edgeTypes.map((type) => ({
      id: type.id,
      name: type.name,
      checked: !hiddenEdges.has(type.id),
      count: scene.edgeTypeCounts.get(type.id) ?? 0,
    })),
  };
}
