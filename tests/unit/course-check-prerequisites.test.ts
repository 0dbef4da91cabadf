import { describe, expect, it } from 'vitest';
import { checkCourse, formatCourseProblem } from '~/lib/course-check';

// Each fixture in tests/fixtures/course-broken/ is a small valid course with one kind of mistake.
const root = 'tests/fixtures/course-broken';
const problemsIn = (fixture: string) =>
  checkCourse({ root, contentDir: `${fixture}/content`, graphFiles: ['graph.jsonl'] }).problems.map(
    formatCourseProblem,
  );

describe('prerequisites and module order', () => {
  it('reports an unknown prerequisite and suggests the nearest module', () => {
    expect(problemsIn('unknown-prerequisite')).toEqual([
      'unknown-prerequisite/content/modules/en/beta.mdx:6:17: unknown prerequisite "alpah" — use the slug of a module, its file name without .mdx (did you mean "alpha"?), or remove it',
    ]);
  });

  it('names a prerequisite cycle once per language, a → b → a', () => {
    expect(problemsIn('cyclic-prerequisites')).toEqual([
      'cyclic-prerequisites/content/modules/en/alpha.mdx:6:17: prerequisites form a cycle: alpha → beta → alpha — remove one of these prerequisites so the modules can be taken in order',
      'cyclic-prerequisites/content/modules/zh-Hant/alpha.mdx:6:17: prerequisites form a cycle: alpha → beta → alpha — remove one of these prerequisites so the modules can be taken in order',
    ]);
  });

  it('reports two modules with the same order', () => {
    expect(problemsIn('duplicate-module-order')).toEqual([
      'duplicate-module-order/content/modules/en/beta.mdx:4:8: duplicate order 1: module "alpha" has it too — give each module its own order (1, 2, …)',
      'duplicate-module-order/content/modules/zh-Hant/beta.mdx:4:8: duplicate order 1: module "alpha" has it too — give each module its own order (1, 2, …)',
    ]);
  });
});
