import { describe, expect, it } from 'vitest';
import { checkCourse, formatCourseProblem } from '~/lib/course-check';

// Each fixture in tests/fixtures/course-broken/ is a small valid course with one kind of mistake.
const root = 'tests/fixtures/course-broken';
const problemsIn = (fixture: string) =>
  checkCourse({ root, contentDir: `${fixture}/content`, graphFiles: ['graph.jsonl'] }).problems.map(
    formatCourseProblem,
  );

describe('modules and lessons in both languages', () => {
  it('reports a module missing in a language once, naming the files to create', () => {
    expect(problemsIn('module-missing-in-a-language')).toEqual([
      'module-missing-in-a-language/content/modules/zh-Hant/alpha.mdx:1:1: module "alpha" has no en version — create module-missing-in-a-language/content/modules/en/alpha.mdx and its lessons in module-missing-in-a-language/content/lessons/en/alpha/, translating the zh-Hant ones',
    ]);
  });

  it('reports a lesson missing in a language, naming the file to create', () => {
    expect(problemsIn('lesson-missing-in-a-language')).toEqual([
      'lesson-missing-in-a-language/content/lessons/zh-Hant/alpha/03-together.mdx:1:1: lesson "03-together" of module "alpha" has no en version — create lesson-missing-in-a-language/content/lessons/en/alpha/03-together.mdx, translating this lesson',
    ]);
  });

  it('reports a lesson renamed in the translation once, not as two missing lessons', () => {
    expect(problemsIn('lesson-renamed-in-a-language')).toEqual([
      'lesson-renamed-in-a-language/content/lessons/en/alpha/03-both-chains.mdx:1:1: lesson file name differs between languages: zh-Hant has 03-together.mdx — use the same NN-slug.mdx in both languages (rename one of them)',
    ]);
  });

  it('reports a module field that differs from the zh-Hant version', () => {
    expect(problemsIn('module-fields-differ-between-languages')).toEqual([
      'module-fields-differ-between-languages/content/modules/en/alpha.mdx:5:10: minutes differs from the zh-Hant version (30) — use the same minutes in both languages; zh-Hant is the source',
    ]);
  });

  it('reports content written under zh-Hans, which is generated', () => {
    expect(problemsIn('zh-hans-written-by-hand')).toEqual([
      'zh-hans-written-by-hand/content/modules/zh-Hans/alpha.mdx:1:1: zh-Hans content is generated from zh-Hant and is never written — delete this file and write the zh-Hant file; the site converts it',
    ]);
  });
});
