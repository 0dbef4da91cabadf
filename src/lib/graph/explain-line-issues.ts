import type { z } from 'zod';
import { describeJsonValue } from './describe-json-value';
import { explainPropertyValue } from './explain-property-value';
import type { ProblemText } from './graph-problem';

type LineKind = 'node' | 'relationship';

// What each field must be and how to write it, keyed by its path with list indexes as [].
const FIELDS: Readonly<Record<string, { expected: string; fix: string }>> = {
  id: { expected: 'a non-empty string', fix: 'write the line id, e.g. "id":"chain-perception"' },
  labels: {
    expected: 'a list of label names',
    fix: 'write e.g. "labels":["Chain"], or leave "labels" out for a node without labels',
  },
  'labels[]': { expected: 'a non-empty string', fix: 'write each label as a name, e.g. "labels":["Chain"]' },
  properties: {
    expected: 'an object',
    fix: 'write e.g. "properties":{"key":"chain-perception"}, or leave "properties" out when there are none',
  },
  label: { expected: 'a non-empty relationship type', fix: 'write the relationship type, e.g. "label":"PRECEDES"' },
  start: {
    expected: 'an object',
    fix: 'write the start node, e.g. "start":{"id":"chain-perception","labels":["Chain"]}',
  },
  end: { expected: 'an object', fix: 'write the end node, e.g. "end":{"id":"chain-assessment","labels":["Chain"]}' },
  'start.id': { expected: 'a non-empty string', fix: 'write the "id" of the node line the relationship starts at' },
  'end.id': { expected: 'a non-empty string', fix: 'write the "id" of the node line the relationship ends at' },
  'start.labels': { expected: 'a list of label names', fix: 'copy the start node\'s "labels", or leave them out' },
  'end.labels': { expected: 'a list of label names', fix: 'copy the end node\'s "labels", or leave them out' },
  'start.labels[]': { expected: 'a non-empty string', fix: 'copy the start node\'s "labels", or leave them out' },
  'end.labels[]': { expected: 'a non-empty string', fix: 'copy the end node\'s "labels", or leave them out' },
  'start.properties': { expected: 'an object', fix: 'copy the start node\'s "properties", or leave them out' },
  'end.properties': { expected: 'an object', fix: 'copy the end node\'s "properties", or leave them out' },
};

const ALLOWED_FIELDS: Readonly<Record<string, string>> = {
  node: '"type", "id", "labels" and "properties"',
  relationship: '"type", "id", "label", "properties", "start" and "end"',
  end: '"id", "labels" and "properties"',
};

/** Turns zod's issues for one line into teaching messages, one per wrong field or property. */
export function explainLineIssues(kind: LineKind, line: unknown, issues: readonly z.core.$ZodIssue[]): ProblemText[] {
  const texts = new Map<string, ProblemText>();
  for (const issue of issues) {
    for (const text of explainIssue(kind, line, issue)) texts.set(text.message, text);
  }
  return [...texts.values()];
}

function explainIssue(kind: LineKind, line: unknown, issue: z.core.$ZodIssue): ProblemText[] {
  const path = issue.path.filter((step): step is string | number => typeof step !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    const where = path.length === 0 ? `on a ${kind} line` : `in ${formatPath(path)}`;
    const allowed = ALLOWED_FIELDS[path.length === 0 ? kind : 'end'] ?? '';
    return issue.keys.map((key) => ({
      message: `unknown field ${JSON.stringify(key)} ${where}`,
      fix: `APOC writes only ${allowed} there; remove it or correct its spelling`,
    }));
  }
  if (path[0] === 'properties' && path.length >= 2) {
    const name = String(path[1]);
    const text = explainPropertyValue(name, valueAt(line, path.slice(0, 2)));
    return text === undefined ? [] : [text];
  }
  const field =
    FIELDS[
      path
        .map((step) => (typeof step === 'number' ? '[]' : step))
        .join('.')
        .replaceAll('.[]', '[]')
    ];
  const value = valueAt(line, path);
  const fix = field?.fix ?? 'compare the line with an example in graph/README.md';
  if (value === undefined) return [{ message: `missing ${formatPath(path)} on a ${kind} line`, fix }];
  const expected = field?.expected ?? issue.message;
  return [{ message: `${formatPath(path)} must be ${expected}, got ${describeJsonValue(value)}`, fix }];
}

/** `"start"."id"`, `"labels"[1]`: a path as it looks in the line. */
function formatPath(path: readonly (string | number)[]): string {
  return path
    .map((step, index) => (typeof step === 'number' ? `[${step}]` : `${index > 0 ? '.' : ''}${JSON.stringify(step)}`))
    .join('');
}

function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let current: unknown = value;
  for (const step of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[step];
  }
  return current;
}
