import { describeJsonValue } from './describe-json-value';
import { explainLineIssues } from './explain-line-issues';
import { nodeLineSchema, relationshipLineSchema, type NodeLine, type RelationshipLine } from './export-line.schema';
import type { ProblemText } from './graph-problem';

/** A parsed JSON line checked against the line schemas: a typed line, or every reason it is not one. */
export type LineReading =
  | { kind: 'node'; line: NodeLine }
  | { kind: 'relationship'; line: RelationshipLine }
  | { kind: 'invalid'; problems: ProblemText[] };

const TYPE_FIX = '"type" must be "node" or "relationship", as apoc.export.json.all writes';

/** Checks one parsed JSON value against the node or relationship line schema. */
export function readExportLine(value: unknown): LineReading {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return invalid({
      message: `line is ${describeJsonValue(value)}, not a JSON object`,
      fix: 'write one object per line: {"type":"node",…} or {"type":"relationship",…}',
    });
  }
  const type = (value as { type?: unknown }).type;
  if (type === 'node') {
    const parsed = nodeLineSchema.safeParse(value);
    if (!parsed.success) return invalid(...explainLineIssues('node', value, parsed.error.issues));
    const wrong = [...repeatedLabels(parsed.data.labels ?? []), ...protoProperty(value)];
    return wrong.length > 0 ? invalid(...wrong) : { kind: 'node', line: parsed.data };
  }
  if (type === 'relationship') {
    const parsed = relationshipLineSchema.safeParse(value);
    if (!parsed.success) return invalid(...explainLineIssues('relationship', value, parsed.error.issues));
    const wrong = protoProperty(value);
    return wrong.length > 0 ? invalid(...wrong) : { kind: 'relationship', line: parsed.data };
  }
  if (type === undefined) return invalid({ message: 'line has no "type"', fix: TYPE_FIX });
  return invalid({ message: `unknown line type ${describeJsonValue(type)}`, fix: TYPE_FIX });
}

function repeatedLabels(labels: readonly string[]): ProblemText[] {
  const repeated = labels.filter((label, index) => labels.indexOf(label) !== index);
  return [...new Set(repeated)].map((label) => ({
    message: `label ${JSON.stringify(label)} appears twice in "labels"`,
    fix: 'list each label once: a Neo4j node has a set of labels',
  }));
}

// JavaScript objects cannot hold a "__proto__" key safely, so the schemas drop it; say so.
function protoProperty(value: object): ProblemText[] {
  const properties = (value as { properties?: unknown }).properties;
  if (typeof properties !== 'object' || properties === null || !Object.hasOwn(properties, '__proto__')) return [];
  return [{ message: 'property "__proto__" cannot be read in JavaScript', fix: 'rename the property' }];
}

function invalid(...problems: ProblemText[]): LineReading {
  return { kind: 'invalid', problems };
}
