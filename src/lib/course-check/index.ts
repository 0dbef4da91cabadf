// The course integrity check: every authoring problem as `file:line:col: what is wrong — how to fix`.
export { checkCourse, checkCourseDocs, type CourseCheckOptions, type CourseCheckResult } from './check-course';
export { formatCourseProblem, type CourseProblem } from './course-problem';
export { formatCourseReport } from './format-report';
export { MDX_COMPONENTS } from './component-contract';
export { LESSONS_PER_MODULE } from './check-lessons';
