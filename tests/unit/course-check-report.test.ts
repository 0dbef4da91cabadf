import { describe, expect, it } from 'vitest';
import { checkCourse, formatCourseProblem, formatCourseReport } from '~/lib/course-check';
import { scanMdx } from '~/lib/course-check/scan-mdx';

const root = 'tests/fixtures/course-broken';
const check = (fixture: string, graphFiles = ['graph.jsonl']) =>
  checkCourse({ root, contentDir: `${fixture}/content`, graphFiles });

describe('the course check report', () => {
  it('finds no problem in the valid fixtures with one and with two modules', () => {
    expect(check('valid').problems).toEqual([]);
    expect(check('valid-two-modules').problems).toEqual([]);
  });

  it('says what it checked when there is no problem', () => {
    expect(formatCourseReport(check('valid'))).toBe(
      'course check: 2 module files, 6 lesson files, 0 quiz files — no problems',
    );
  });

  it('ends a report of problems with their count and the number of files', () => {
    expect(formatCourseReport(check('cyclic-prerequisites')).split('\n').at(-1)).toBe(
      'course check: 2 problems in 2 files (4 module files, 10 lesson files, 0 quiz files)',
    );
  });

  it('reports a graph export it cannot read, first of its problems', () => {
    expect(check('valid', ['missing.jsonl']).problems.map(formatCourseProblem)[0]).toBe(
      'missing.jsonl:1:1: cannot read the graph export — check the path in siteConfig.graphExports (src/site.config.ts) or GRAPH_EXPORTS',
    );
  });
});

describe('scanning an MDX body', () => {
  it('ignores a component written inside a code block', () => {
    const scan = scanMdx('```mdx\n<ConceptLink concept="nope" />\n```\n');
    expect(scan.ok && scan.elements).toEqual([]);
  });

  it('points at an attribute value even when another attribute’s text contains its name', () => {
    const scan = scanMdx('<Callout title="the kind of case" kind="case">\nText\n</Callout>\n');
    const kind = scan.ok ? scan.elements[0]?.attributes.find((attribute) => attribute.name === 'kind') : undefined;
    expect(kind?.place).toEqual({ line: 1, column: 40 });
  });

  it('finds components written across lines, with the line of each attribute', () => {
    const scan = scanMdx('中文<Statistic\n  evidence="ev-1" />\n');
    expect(
      scan.ok && scan.elements.map((element) => [element.name, element.place, element.attributes[0]?.place]),
    ).toEqual([['Statistic', { line: 1, column: 3 }, { line: 2, column: 12 }]]);
  });

  it('lets a file use the components it imports', () => {
    const scan = scanMdx("import Chart from '../../components/Chart.astro';\n\n<Chart />\n");
    expect(scan.ok && [...scan.importedNames]).toEqual(['Chart']);
  });
});
