import type { CourseCheckResult } from './check-course';
import { formatCourseProblem } from './course-problem';

/** The check's output: one `file:line:col: what — fix` line per problem, then a summary line. */
export function formatCourseReport({ problems, counts }: CourseCheckResult): string {
  const checked = `${counts.modules} module files, ${counts.lessons} lesson files, ${counts.quizzes} quiz files`;
  if (problems.length === 0) return `course check: ${checked} — no problems`;
  const files = new Set(problems.map((problem) => problem.file)).size;
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return [
    ...problems.map(formatCourseProblem),
    `course check: ${count} in ${files === 1 ? '1 file' : `${files} files`} (${checked})`,
  ].join('\n');
}
