import { contentRelationshipSchema } from '../content-relationship.schema';
import { RELATIONSHIP_TYPES, isNodeLabel, isRelationshipType, type NodeLabel } from '../dictionary';
import type { GraphNode } from '../graph-node.schema';
import type { Graph } from '../graph.schema';
import { problemAt, type GraphProblem, type ProblemText } from '../graph-problem';
import type { GraphRelationship } from '../graph-relationship.schema';
import { describeNode, describeRelationship } from './describe-node';
import { explainContentProperties } from './explain-content-properties';

const TYPE_LIST = Object.keys(RELATIONSHIP_TYPES).join(', ');

/**
 * Every relationship has a dictionary type, a section and a basis (errors), and joins the
 * labels its type expects (a warning: the spec names typical ends, the paper has exceptions).
 */
export function checkRelationships(graph: Graph): GraphProblem[] {
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  return graph.relationships.flatMap((relationship) => {
    const subject = describeRelationship(relationship);
    const warnings: GraphProblem[] = [];
    const texts = explainContentProperties(subject, relationship.properties, contentRelationshipSchema);
    if (!isRelationshipType(relationship.type)) {
      texts.unshift({
        message: `${subject} has the unknown type ${JSON.stringify(relationship.type)}`,
        fix: `use one of ${TYPE_LIST} (see graph/README.md)`,
      });
    } else {
      const meaning = RELATIONSHIP_TYPES[relationship.type];
      const ends = [
        ...endLabelProblem(relationship, 'start', meaning.from, nodes),
        ...endLabelProblem(relationship, 'end', meaning.to, nodes),
      ];
      warnings.push(...ends.map((text) => problemAt(relationship.origin, text, 'warning')));
      if (relationship.type === 'PRECEDES' && relationship.properties['sequence'] === undefined) {
        texts.push({
          message: `${subject} has no "sequence"`,
          fix: 'name the ordered sequence it belongs to, e.g. "sequence":"five-chains"',
        });
      }
    }
    return [...texts.map((text) => problemAt(relationship.origin, text)), ...warnings];
  });
}

// One problem when the node at that end has a dictionary label the type does not allow there.
function endLabelProblem(
  relationship: GraphRelationship,
  side: 'start' | 'end',
  allowed: readonly NodeLabel[],
  nodes: ReadonlyMap<string, GraphNode>,
): ProblemText[] {
  const node = nodes.get(relationship[side]);
  const label = node?.labels.length === 1 ? node.labels[0] : undefined;
  if (
    node === undefined ||
    label === undefined ||
    !isNodeLabel(label) ||
    allowed.length === 0 ||
    allowed.includes(label)
  )
    return [];
  const verb = side === 'start' ? 'start at' : 'end at';
  return [
    {
      message: `${relationship.type} should ${verb} ${allowed.join(' or ')}, but ${describeRelationship(relationship)} ${side === 'start' ? 'starts at' : 'ends at'} ${describeNode(node)}`,
      fix: 'reverse it if it points the wrong way, choose the type that fits, or keep it if the paper says so (graph/README.md)',
    },
  ];
}
