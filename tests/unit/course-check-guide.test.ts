import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCourse, formatCourseProblem } from '~/lib/course-check';

const root = 'tests/fixtures/course-broken';
const guide = readFileSync('docs/authoring-guide.md', 'utf8');
const fixtures = readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory());

// The guide shows each fixture's messages as an author would see them in the real content folder.
const asInGuide = (fixture: string, line: string) =>
  line.replaceAll(`${fixture}/content/`, 'src/content/').replace('to graph.jsonl', 'to graph/framework.jsonl');

describe('the authoring guide', () => {
  for (const { name } of fixtures) {
    it(`shows exactly the problems of the fixture "${name}"`, () => {
      const lines = checkCourse({ root, contentDir: `${name}/content`, graphFiles: ['graph.jsonl'] }).problems.map(
        (problem) => asInGuide(name, formatCourseProblem(problem)),
      );
      for (const line of lines) expect(guide).toContain(line);
    });
  }
});
