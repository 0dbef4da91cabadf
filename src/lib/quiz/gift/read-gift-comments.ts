import type { z } from 'zod';
import type { GiftProblem } from './gift-problem';

/** The first comment line starting with `tag` (e.g. "@meta"), with the rest of the line. */
export function findTaggedComment(comments: readonly { line: number; text: string }[], tag: string) {
  const found = comments.find((comment) => comment.text.startsWith(`${tag} `));
  return found === undefined ? undefined : { line: found.line, rest: found.text.slice(tag.length + 1) };
}

/** Parses the JSON of a `// @tag {…}` line with a schema; on failure records an error at that line. */
export function readJsonComment<T>(
  comment: { line: number; rest: string } | undefined,
  schema: z.ZodType<T>,
  tag: string,
  problems: GiftProblem[],
): T | undefined {
  if (comment === undefined) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(comment.rest);
  } catch {
    problems.push({
      line: comment.line,
      severity: 'error',
      message: `the // ${tag} line is not valid JSON — repair it, or delete it to import without it`,
    });
    return undefined;
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  problems.push({
    line: comment.line,
    severity: 'error',
    message: `the // ${tag} line is damaged at ${issue?.path.join('.') || 'its top level'}: ${issue?.message ?? ''} — repair it, or delete it`,
  });
  return undefined;
}
