// The graph benchmark's baseline page (bundled by bench/graph/baseline-page.ts): the same
// graph-data.json drawn with the same Cytoscape style and renderer options as the explorer, but laid
// out in the browser with fcose when the page loads, instead of at build time.
import cytoscape, { type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { BrowserGraph } from '~/lib/graph-view/browser-graph';
import { cytoscapeStyle, edgeTypeClass, nodeTypeClass } from '~/lib/graph-view/cy-style';
import { labelSize, nodeSize, shortLabel } from '~/lib/graph-view/node-look';

cytoscape.use(fcose);

function elements(data: BrowserGraph): ElementDefinition[] {
  const nodeType = new Map(data.nodeTypes.map((t, i) => [t.id, i]));
  const edgeType = new Map(data.edgeTypes.map((t, i) => [t.id, i]));
  return [
    ...data.nodes.map((node) => ({
      group: 'nodes' as const,
      data: {
        id: `n:${node.id}`,
        ref: node.id,
        kind: 'node',
        label: shortLabel(node.name, 40),
        size: nodeSize(node),
        font: labelSize(node),
      },
      classes: nodeTypeClass(nodeType.get(node.type) ?? 0),
    })),
    ...data.edges.map((edge) => ({
      group: 'edges' as const,
      data: { id: `e:${edge.id}`, source: `n:${edge.source}`, target: `n:${edge.target}` },
      classes: edgeTypeClass(edgeType.get(edge.type) ?? 0),
    })),
  ];
}

async function start(): Promise<void> {
  const container = document.getElementById('cy');
  const status = document.getElementById('status');
  if (!container || !status) return;
  const data = (await (await fetch('/graph-data.json')).json()) as BrowserGraph;
  const large = data.nodes.length > 800;
  const cy = cytoscape({
    container,
    elements: elements(data),
    style: cytoscapeStyle(data.nodeTypes, data.edgeTypes, large) as unknown as cytoscape.StylesheetJson,
    layout: { name: 'fcose', animate: false, randomize: true, fit: true, padding: 30 } as cytoscape.LayoutOptions,
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    autounselectify: true,
    textureOnViewport: large,
    hideEdgesOnViewport: large,
    motionBlur: false,
    pixelRatio: large ? 1 : 'auto',
  });
  cy.on('tap', 'node', (event) => {
    const ref = String(event.target.data('ref'));
    history.replaceState(null, '', `?selected=${encodeURIComponent(ref)}`);
    status.textContent = `Selected: ${ref}`;
  });
}

void start();
