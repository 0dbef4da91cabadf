import { canonicalContent, canonicalProperties } from './canonical-values';
import { compareText } from './compare-text';
import type { GraphNode } from './graph-node.schema';
import { problemAt, sortProblems, type GraphProblem } from './graph-problem';
import type { GraphRelationship } from './graph-relationship.schema';
import type { Graph } from './graph.schema';
import { baseNodeLineId, baseRelationshipLineId, numberedLineId } from './line-ids';

/**
 * The graph exactly as the serializer writes it: line ids from keys (see line-ids.ts), labels
 * and property keys sorted, nodes then relationships sorted by id. Items that share a base id
 * are numbered in order of their content, so the result does not depend on input order.
 * Warns about every node written with a fallback id or a numbered key.
 */
export function canonicalizeGraph(graph: Graph): { graph: Graph; warnings: GraphProblem[] } {
  const warnings: GraphProblem[] = [];
  const nodeIds = new Map<string, string>();
  const nodes = assignIds(
    graph.nodes.map((node) => ({
      item: node,
      base: baseNodeLineId(node.labels, node.properties),
      content: canonicalContent(node.labels, node.properties),
    })),
    (entry, id) => {
      nodeIds.set(entry.item.id, id);
      warnings.push(...nodeIdWarnings(entry.item, entry.base, id));
      return canonicalNode(entry.item, id);
    },
  );
  const relationships = assignIds(
    graph.relationships.map((relationship) => {
      const start = newEndId(nodeIds, relationship, 'start');
      const end = newEndId(nodeIds, relationship, 'end');
      const base = { id: baseRelationshipLineId(start, relationship.type, end) };
      return { item: { ...relationship, start, end }, base, content: canonicalContent([], relationship.properties) };
    }),
    (entry, id) => ({ ...entry.item, id, properties: canonicalProperties(entry.item.properties) }),
  );
  return {
    graph: { nodes: sortById(nodes), relationships: sortById(relationships) },
    warnings: sortProblems(warnings),
  };
}

interface Entry<T, B extends { id: string }> {
  item: T;
  base: B;
  content: string;
}

// Gives each entry its base id, or base#2, base#3… when taken, in (base, content, old id) order.
function assignIds<T extends { id: string }, B extends { id: string }, R>(
  entries: Entry<T, B>[],
  make: (entry: Entry<T, B>, id: string) => R,
): R[] {
  const ordered = [...entries].sort(
    (a, b) =>
      compareText(a.base.id, b.base.id) || compareText(a.content, b.content) || compareText(a.item.id, b.item.id),
  );
  const used = new Set<string>();
  return ordered.map((entry) => {
    let ordinal = 1;
    while (used.has(numberedLineId(entry.base.id, ordinal))) ordinal += 1;
    const id = numberedLineId(entry.base.id, ordinal);
    used.add(id);
    return make(entry, id);
  });
}

function canonicalNode(node: GraphNode, id: string): GraphNode {
  return { ...node, id, labels: [...node.labels].sort(compareText), properties: canonicalProperties(node.properties) };
}

function nodeIdWarnings(node: GraphNode, base: { id: string; fromKey: boolean }, id: string): GraphProblem[] {
  const key = node.properties['key'];
  if (!base.fromKey) {
    const why =
      key === undefined ? 'has no "key"' : `has a "key" that is not a non-empty string (${JSON.stringify(key)})`;
    return [
      problemAt(
        node.origin,
        {
          message: `node ${JSON.stringify(node.id)} ${why}, so it is written with the fallback id ${JSON.stringify(id)}`,
          fix: 'add a unique kebab-case "key" property, so its id stays the same when its properties change',
        },
        'warning',
      ),
    ];
  }
  if (id === base.id) return [];
  return [
    problemAt(
      node.origin,
      {
        message: `another node has the key ${JSON.stringify(base.id)}, so node ${JSON.stringify(node.id)} is written as ${JSON.stringify(id)}`,
        fix: 'make every "key" unique: the loader merges nodes on "key"',
      },
      'warning',
    ),
  ];
}

function newEndId(
  nodeIds: ReadonlyMap<string, string>,
  relationship: GraphRelationship,
  side: 'start' | 'end',
): string {
  const id = nodeIds.get(relationship[side]);
  if (id === undefined) {
    throw new Error(
      `relationship ${JSON.stringify(relationship.id)} has ${side} node ${JSON.stringify(relationship[side])}, which is not in the graph; the serializer needs a graph whose relationships end at its own nodes`,
    );
  }
  return id;
}

function sortById<T extends { id: string }>(items: T[]): T[] {
  return items.sort((a, b) => compareText(a.id, b.id));
}
