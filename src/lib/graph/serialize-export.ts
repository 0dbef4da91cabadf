import { canonicalizeGraph } from './canonicalize-graph';
import { compareText } from './compare-text';
import type { GraphNode } from './graph-node.schema';
import type { GraphProblem } from './graph-problem';
import type { GraphRelationship } from './graph-relationship.schema';
import type { Graph } from './graph.schema';
import type { PropertyMap } from './property-value.schema';

/**
 * Writes a graph as APOC JSON lines, deterministically: the same graph gives the same bytes
 * whatever the order of its nodes, relationships or property keys (see canonicalizeGraph).
 * Lines are UTF-8 with non-ASCII unescaped, each ending in "\n"; the warnings name every node
 * that got a fallback id.
 */
export function serializeGraph(graph: Graph): { text: string; warnings: GraphProblem[] } {
  const { graph: canonical, warnings } = canonicalizeGraph(graph);
  const nodesById = new Map(canonical.nodes.map((node) => [node.id, node]));
  const lines = [
    ...canonical.nodes.map(formatNodeLine),
    ...canonical.relationships.map((relationship) => formatRelationshipLine(relationship, nodesById)),
  ];
  return { text: lines.map((line) => `${line}\n`).join(''), warnings };
}

/** One node line, fields in APOC's order; "labels" and "properties" left out when empty, as APOC does. */
export function formatNodeLine(node: GraphNode): string {
  return `{"type":"node","id":${JSON.stringify(node.id)}${labelsField(node.labels)}${propertiesField(node.properties)}}`;
}

/** One relationship line, fields in APOC's order, with "start"/"end" as {"id","labels"}. */
export function formatRelationshipLine(
  relationship: GraphRelationship,
  nodesById: ReadonlyMap<string, GraphNode>,
): string {
  const end = (id: string): string => `{"id":${JSON.stringify(id)}${labelsField(nodesById.get(id)?.labels ?? [])}}`;
  return (
    `{"type":"relationship","id":${JSON.stringify(relationship.id)},"label":${JSON.stringify(relationship.type)}` +
    `${propertiesField(relationship.properties)},"start":${end(relationship.start)},"end":${end(relationship.end)}}`
  );
}

function labelsField(labels: readonly string[]): string {
  return labels.length === 0 ? '' : `,"labels":${JSON.stringify(labels)}`;
}

// Written by hand, keys sorted here, because JS objects put integer-like keys ("2", "10")
// first whatever the insertion order, so JSON.stringify of the object could not keep the order.
function propertiesField(properties: Readonly<PropertyMap>): string {
  const names = Object.keys(properties).sort(compareText);
  if (names.length === 0) return '';
  const fields = names.map((name) => `${JSON.stringify(name)}:${JSON.stringify(properties[name])}`);
  return `,"properties":{${fields.join(',')}}`;
}
