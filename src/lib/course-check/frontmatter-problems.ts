import type { z } from 'zod';
import { problemAt, splitTeachingMessage, type CourseProblem } from './course-problem';
import type { Frontmatter } from './read-frontmatter';

/** Validates frontmatter with a schema; each issue becomes a problem at the line of the value it is about. */
export function validateFrontmatter<T>(
  file: string,
  frontmatter: Frontmatter,
  schema: z.ZodType<T>,
): { data: T | undefined; problems: CourseProblem[] } {
  const result = schema.safeParse(frontmatter.data);
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
    const place =
      issue.code === 'unrecognized_keys'
        ? frontmatter.placeOfKey([...path, issue.keys[0] ?? ''])
        : frontmatter.placeOf(path);
    const { message, fix } = splitTeachingMessage(issue.message);
    return problemAt(file, place, message, fix);
  });
  return { data: undefined, problems };
}
