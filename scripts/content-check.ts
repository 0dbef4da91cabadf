// `npm run check` runs this: every course authoring problem as file:line:col, exit code 1 when there is any.
import { checkCourse, formatCourseReport } from '../src/lib/course-check/index';

const result = checkCourse();
const report = formatCourseReport(result);
if (result.problems.length > 0) {
  console.error(report);
  process.exitCode = 1;
} else {
  console.log(report);
}
