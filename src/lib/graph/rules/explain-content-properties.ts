import { z } from 'zod';
import { describeJsonValue } from '../describe-json-value';
import type { ProblemText } from '../graph-problem';

interface FieldMeta {
  expected?: string;
  fix?: string;
}

/**
 * Checks properties against a content schema and says, per wrong field, what is wrong in the
 * words of the field's meta: `Chain "chain-x" has no "def_en"`, `… has an empty "name_en"`.
 */
export function explainContentProperties(
  subject: string,
  properties: Readonly<Record<string, unknown>>,
  schema: z.ZodObject,
): ProblemText[] {
  const result = schema.safeParse(properties);
  if (result.success) return [];
  const fields = [...new Set(result.error.issues.map((issue) => String(issue.path[0])))];
  return fields.map((field) => {
    const meta = fieldMeta(schema.shape[field]);
    const fix = meta.fix ?? 'see graph/README.md';
    const value = Object.hasOwn(properties, field) ? properties[field] : undefined;
    if (value === undefined) return { message: `${subject} has no ${JSON.stringify(field)}`, fix };
    if (typeof value === 'string' && value.trim() === '')
      return { message: `${subject} has an empty ${JSON.stringify(field)}`, fix };
    const expected = meta.expected === undefined ? '' : `, which is not ${meta.expected}`;
    return { message: `${subject} has ${JSON.stringify(field)} ${describeJsonValue(value)}${expected}`, fix };
  });
}

// Optional fields may carry their meta on the wrapper or on the wrapped schema.
function fieldMeta(schema: z.ZodType | undefined): FieldMeta {
  if (schema === undefined) return {};
  const own = schema.meta() as FieldMeta | undefined;
  if (own?.fix !== undefined) return own;
  return schema instanceof z.ZodOptional ? fieldMeta(schema.unwrap() as z.ZodType) : (own ?? {});
}
