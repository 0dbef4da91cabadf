import { describe, expect, it } from 'vitest';
import { checkCourse, formatCourseProblem } from '~/lib/course-check';

// Each fixture in tests/fixtures/course-broken/ is a small valid course with one kind of mistake.
const root = 'tests/fixtures/course-broken';
const problemsIn = (fixture: string) =>
  checkCourse({ root, contentDir: `${fixture}/content`, graphFiles: ['graph.jsonl'] }).problems.map(
    formatCourseProblem,
  );

describe('frontmatter', () => {
  it('reports a module without objectives', () => {
    expect(problemsIn('missing-objectives')).toEqual([
      'missing-objectives/content/modules/en/alpha.mdx:2:1: objectives are missing — add objectives: with 3 to 5 items, each a learning objective starting with a verb',
    ]);
  });

  it('reports a lesson without its minutes estimate', () => {
    expect(problemsIn('missing-minutes')).toEqual([
      'missing-minutes/content/lessons/zh-Hant/alpha/02-assessment.mdx:2:1: minutes (the time estimate) is missing — add minutes: 12, the whole minutes the lesson takes',
    ]);
  });

  it('reports an invalid value at its line and column', () => {
    expect(problemsIn('invalid-section')).toEqual([
      'invalid-section/content/lessons/en/alpha/01-perception.mdx:5:20: "3.4" is not a section of the paper — write one of 摘要, 一, 二(一), 表1, 圖1, 註9 (ASCII parentheses, no spaces)',
    ]);
  });

  it('reports a misspelt field at its key, and the field it should have been', () => {
    expect(problemsIn('misspelt-field')).toEqual([
      'misspelt-field/content/lessons/zh-Hant/alpha/01-perception.mdx:2:1: concepts is missing — add concepts: [key, …], the graph keys the lesson teaches',
      'misspelt-field/content/lessons/zh-Hant/alpha/01-perception.mdx:4:1: unknown field "concept" — remove it or correct its spelling; the fields are title, minutes, concepts, sections',
    ]);
  });

  it('reports frontmatter that is not YAML at the place the YAML parser names', () => {
    expect(problemsIn('frontmatter-not-yaml')).toEqual([
      'frontmatter-not-yaml/content/lessons/en/alpha/02-assessment.mdx:2:8: the frontmatter is not valid YAML: Nested mappings are not allowed in compact mappings — check the indentation and quotes on this line; put text that contains ": " or starts with [ { " \' in quotes',
    ]);
  });

  it('reports a file without frontmatter', () => {
    expect(problemsIn('no-frontmatter')).toEqual([
      'no-frontmatter/content/lessons/en/alpha/03-together.mdx:1:1: the file has no frontmatter — start the file with a line ---, the fields (title: …), and another line ---',
    ]);
  });
});
