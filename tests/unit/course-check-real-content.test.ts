import { describe, expect, it } from 'vitest';
import { checkCourse, formatCourseProblem } from '~/lib/course-check';

describe('the course in src/content', () => {
  it('has no authoring problem against the site graph', () => {
    expect(checkCourse().problems.map(formatCourseProblem)).toEqual([]);
  });
});
