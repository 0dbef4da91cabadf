import type { NodeLine, RelationshipLine, LineEnd } from './export-line.schema';
import type { GraphNode } from './graph-node.schema';
import { problemAt, type GraphProblem, type ProblemText } from './graph-problem';
import type { GraphRelationship } from './graph-relationship.schema';
import type { Graph } from './graph.schema';
import type { LineOrigin } from './line-origin.schema';

/** A schema-valid line and where it was read. */
export type PlacedLine =
  | { kind: 'node'; line: NodeLine; origin: LineOrigin }
  | { kind: 'relationship'; line: RelationshipLine; origin: LineOrigin };

/**
 * Builds the graph from valid lines in any order: nodes first, then relationship ends are
 * resolved against all of them. Duplicates and dangling ends become problems and are left out.
 * A relationship ending at one of `invalidNodeIds` (node lines already reported as invalid) is
 * left out silently, so one bad node line does not cascade into many errors.
 */
export function assembleGraph(
  lines: readonly PlacedLine[],
  invalidNodeIds: ReadonlySet<string> = new Set(),
): { graph: Graph; problems: GraphProblem[] } {
  const problems: GraphProblem[] = [];
  const nodes = new Map<string, GraphNode>();
  const keys = new Map<string, GraphNode>();
  for (const placed of lines) {
    if (placed.kind !== 'node') continue;
    const node = toGraphNode(placed.line, placed.origin);
    const twin = nodes.get(node.id);
    if (twin !== undefined) {
      problems.push(problemAt(node.origin, duplicateId('node', node.id, twin.origin, '"key"')));
      continue;
    }
    nodes.set(node.id, node);
    const key = node.properties['key'];
    if (key === undefined) continue;
    const sameKey = keys.get(JSON.stringify(key));
    if (sameKey === undefined) keys.set(JSON.stringify(key), node);
    else problems.push(problemAt(node.origin, duplicateKey(key, node.id, sameKey)));
  }
  const relationships = new Map<string, GraphRelationship>();
  for (const placed of lines) {
    if (placed.kind !== 'relationship') continue;
    const { line, origin } = placed;
    const twin = relationships.get(line.id);
    if (twin !== undefined) {
      problems.push(problemAt(origin, duplicateId('relationship', line.id, twin.origin, '"<start>|<TYPE>|<end>"')));
      continue;
    }
    if (invalidNodeIds.has(line.start.id) || invalidNodeIds.has(line.end.id)) continue;
    const endProblems = [checkEnd(line, 'start', nodes), checkEnd(line, 'end', nodes)].flatMap((text) => text ?? []);
    problems.push(...endProblems.map((text) => problemAt(origin, text)));
    if (endProblems.length > 0) continue;
    relationships.set(line.id, {
      id: line.id,
      type: line.label,
      start: line.start.id,
      end: line.end.id,
      properties: line.properties ?? {},
      origin,
    });
  }
  return { graph: { nodes: [...nodes.values()], relationships: [...relationships.values()] }, problems };
}

function toGraphNode(line: NodeLine, origin: LineOrigin): GraphNode {
  return { id: line.id, labels: line.labels ?? [], properties: line.properties ?? {}, origin };
}

function checkEnd(
  line: RelationshipLine,
  side: 'start' | 'end',
  nodes: ReadonlyMap<string, GraphNode>,
): ProblemText | undefined {
  const end: LineEnd = line[side];
  const node = nodes.get(end.id);
  const verb = side === 'start' ? 'starts at' : 'ends at';
  if (node === undefined) {
    return {
      message: `relationship ${JSON.stringify(line.id)} ${verb} node ${JSON.stringify(end.id)}, which no node line defines`,
      fix: `add a node line with "id":${JSON.stringify(end.id)} or correct "${side}"."id"`,
    };
  }
  if (end.labels === undefined || sameSet(end.labels, node.labels)) return undefined;
  return {
    message: `relationship ${JSON.stringify(line.id)} gives its ${side} node ${JSON.stringify(end.id)} the labels ${JSON.stringify(end.labels)}, but the node at ${where(node.origin)} has ${JSON.stringify(node.labels)}`,
    fix: `make "${side}"."labels" equal the node's own labels`,
  };
}

function duplicateId(kind: string, id: string, first: LineOrigin, convention: string): ProblemText {
  return {
    message: `duplicate ${kind} id ${JSON.stringify(id)}, first used at ${where(first)}`,
    fix: `give each ${kind} line its own "id" (our export uses ${convention})`,
  };
}

function duplicateKey(key: unknown, id: string, first: GraphNode): ProblemText {
  return {
    message: `duplicate key ${JSON.stringify(key)}: node ${JSON.stringify(id)} has the same "key" as node ${JSON.stringify(first.id)} at ${where(first.origin)}`,
    fix: 'make every "key" unique: the loader merges nodes on "key", so one would overwrite the other',
  };
}

function where(origin: LineOrigin): string {
  return `${origin.file}:${origin.line}`;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((label) => b.includes(label));
}
