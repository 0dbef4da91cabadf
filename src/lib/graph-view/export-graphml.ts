import type { Scene } from './scene';
import { escapeXml } from './text-escape';

const NODE_KEYS = [
  ['type', 'string'],
  ['name', 'string'],
  ['definition', 'string'],
  ['section', 'string'],
  ['x', 'double'],
  ['y', 'double'],
  ['degree', 'int'],
  ['betweenness', 'double'],
  ['community', 'int'],
] as const;
const EDGE_KEYS = [
  ['relationship_id', 'string'],
  ['type', 'string'],
  ['basis', 'string'],
  ['section', 'string'],
] as const;

/**
 * The current view as GraphML (directed), readable by Gephi, yEd, Cytoscape desktop and NetworkX.
 * Node ids are the export's ids; relationship ids (which may hold "|") go in a data field and the
 * GraphML edge ids are e0, e1, … so that the file stays valid against the GraphML schema.
 */
export function toGraphml(scene: Scene): string {
  const data = (key: string, value: string | number) => `<data key="${key}">${escapeXml(String(value))}</data>`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...NODE_KEYS.map(([name, type]) => `  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>`),
    ...EDGE_KEYS.map(([name, type]) => `  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`),
    '  <graph id="G" edgedefault="directed">',
  ];
  for (const { node, x, y } of scene.nodes) {
    const values = {
      type: node.type,
      name: node.name,
      definition: node.def,
      section: node.section,
      x,
      y,
      degree: node.degree,
      betweenness: node.betweenness,
      community: node.community,
    };
    lines.push(
      `    <node id="${escapeXml(node.id)}">${NODE_KEYS.map(([name]) => data(`n_${name}`, values[name])).join('')}</node>`,
    );
  }
  scene.edges.forEach(({ edge }, i) => {
    const values = { relationship_id: edge.id, type: edge.type, basis: edge.basis, section: edge.section };
    lines.push(
      `    <edge id="e${i}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">${EDGE_KEYS.map(([name]) => data(`e_${name}`, values[name])).join('')}</edge>`,
    );
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
