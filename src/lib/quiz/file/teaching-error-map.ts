import type { z } from 'zod';

const describeValue = (value: unknown): string =>
  value === null
    ? 'nothing (null)'
    : Array.isArray(value)
      ? 'a list'
      : typeof value === 'string'
        ? `text "${value}"`
        : `${typeof value} ${JSON.stringify(value)}`;

const article: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list (lines starting with "- ")',
  object: 'a mapping of fields (key: value lines)',
};

/**
 * A zod error map that turns generic issues into messages that say what to write instead. Schemas' own
 * messages take precedence; this covers missing fields, wrong types and unknown fields.
 */
export const teachingErrorMap: z.core.$ZodErrorMap = (issue) => {
  const field = issue.path?.at(-1);
  const name = typeof field === 'string' ? `"${field}"` : 'this entry';
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `missing field ${name} — add it`;
      return `${name} must be ${article[issue.expected] ?? issue.expected}, found ${describeValue(issue.input)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')} — remove it or check the spelling (see docs/quiz-format.md)`;
    case 'invalid_value':
      return `${name} must be ${issue.values.map((value) => JSON.stringify(value)).join(' or ')}, found ${describeValue(issue.input)}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `${name} needs at least ${String(issue.minimum)} entries`
        : `${name} must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `${name} has more than ${String(issue.maximum)} entries`
        : `${name} must be at most ${String(issue.maximum)}`;
    default:
      return undefined;
  }
};
