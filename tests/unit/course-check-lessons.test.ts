import { describe, expect, it } from 'vitest';
import { checkCourse, formatCourseProblem } from '~/lib/course-check';

// Each fixture in tests/fixtures/course-broken/ is a small valid course with one kind of mistake.
const root = 'tests/fixtures/course-broken';
const problemsIn = (fixture: string) =>
  checkCourse({ root, contentDir: `${fixture}/content`, graphFiles: ['graph.jsonl'] }).problems.map(
    formatCourseProblem,
  );

describe('lessons of a module', () => {
  it('reports two lessons with the same number', () => {
    expect(problemsIn('duplicate-lesson-number')).toEqual([
      'duplicate-lesson-number/content/lessons/en/alpha/02-extra.mdx:1:1: lesson number 02 is used twice in module "alpha" (also 02-assessment.mdx) — renumber the lessons 01, 02, … so each has its own number',
      'duplicate-lesson-number/content/lessons/zh-Hant/alpha/02-extra.mdx:1:1: lesson number 02 is used twice in module "alpha" (also 02-assessment.mdx) — renumber the lessons 01, 02, … so each has its own number',
    ]);
  });

  it('reports two lessons with the same slug, which would share a URL', () => {
    expect(problemsIn('duplicate-lesson-slug')).toEqual([
      'duplicate-lesson-slug/content/lessons/en/alpha/04-perception.mdx:1:1: duplicate lesson slug "perception" in module "alpha" (also 01-perception.mdx): both would be /modules/alpha/perception/ — give this lesson a slug of its own',
      'duplicate-lesson-slug/content/lessons/zh-Hant/alpha/04-perception.mdx:1:1: duplicate lesson slug "perception" in module "alpha" (also 01-perception.mdx): both would be /modules/alpha/perception/ — give this lesson a slug of its own',
    ]);
  });

  it('reports a lesson slug taken by the quiz page', () => {
    expect(problemsIn('reserved-lesson-slug')).toEqual([
      'reserved-lesson-slug/content/lessons/en/alpha/03-quiz.mdx:1:1: lesson slug "quiz" is taken by the page /modules/alpha/quiz/ — give the lesson another slug',
      'reserved-lesson-slug/content/lessons/zh-Hant/alpha/03-quiz.mdx:1:1: lesson slug "quiz" is taken by the page /modules/alpha/quiz/ — give the lesson another slug',
    ]);
  });

  it('reports a module with fewer than two lessons', () => {
    expect(problemsIn('too-few-lessons')).toEqual([
      'too-few-lessons/content/modules/en/alpha.mdx:1:1: module "alpha" has 1 lesson in en; a module has 2 to 4 — add lessons as too-few-lessons/content/lessons/en/alpha/NN-slug.mdx',
      'too-few-lessons/content/modules/zh-Hant/alpha.mdx:1:1: module "alpha" has 1 lesson in zh-Hant; a module has 2 to 4 — add lessons as too-few-lessons/content/lessons/zh-Hant/alpha/NN-slug.mdx',
    ]);
  });

  it('reports a module with more than four lessons', () => {
    expect(problemsIn('too-many-lessons')).toEqual([
      'too-many-lessons/content/modules/en/alpha.mdx:1:1: module "alpha" has 5 lessons in en; a module has 2 to 4 — merge lessons, or split the module into two',
      'too-many-lessons/content/modules/zh-Hant/alpha.mdx:1:1: module "alpha" has 5 lessons in zh-Hant; a module has 2 to 4 — merge lessons, or split the module into two',
    ]);
  });

  it('reports a lesson whose folder names no module', () => {
    expect(problemsIn('lesson-without-module')).toEqual([
      'lesson-without-module/content/lessons/en/gamma/01-intro.mdx:1:1: lesson folder "gamma" names no module — create lesson-without-module/content/modules/en/gamma.mdx, or move the lesson into the folder of an existing module',
    ]);
  });

  it('reports a lesson file name that is not NN-slug.mdx', () => {
    expect(problemsIn('bad-lesson-file-name')).toEqual([
      'bad-lesson-file-name/content/lessons/en/alpha/Notes.mdx:1:1: lesson file name "Notes.mdx" is not NN-slug.mdx — rename it to a two-digit order, a hyphen and a lowercase slug, e.g. 01-perception-and-assessment.mdx',
    ]);
  });
});
