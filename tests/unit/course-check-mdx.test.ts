import { describe, expect, it } from 'vitest';
import { checkCourse, formatCourseProblem } from '~/lib/course-check';

// Each fixture in tests/fixtures/course-broken/ is a small valid course with one kind of mistake.
const root = 'tests/fixtures/course-broken';
const problemsIn = (fixture: string) =>
  checkCourse({ root, contentDir: `${fixture}/content`, graphFiles: ['graph.jsonl'] }).problems.map(
    formatCourseProblem,
  );

describe('MDX bodies and components', () => {
  it('reports MDX that does not compile at the place satteri names', () => {
    expect(problemsIn('mdx-does-not-compile')).toEqual([
      'mdx-does-not-compile/content/lessons/en/alpha/01-perception.mdx:14:1: the MDX does not compile: Expected a closing tag for `<Callout>` — close the component with its end tag (e.g. </Callout>), or end a component without content with />',
    ]);
  });

  it('reports a component the site does not provide and suggests the nearest name', () => {
    expect(problemsIn('unknown-component')).toEqual([
      'unknown-component/content/lessons/zh-Hant/alpha/03-together.mdx:10:1: unknown component <Conceptlink> — use one of ConceptLink, ConceptCard, Callout, Figure, Statistic, ChainDiagram, Table1 (did you mean "ConceptLink"?)',
    ]);
  });

  it('reports a Figure without alt text', () => {
    expect(problemsIn('figure-without-alt')).toEqual([
      'figure-without-alt/content/lessons/en/alpha/02-assessment.mdx:14:1: <Figure> has no alt — describe the image for readers who cannot see it: alt="…"',
    ]);
  });

  it('reports a Callout kind other than note, warning or case', () => {
    expect(problemsIn('callout-kind')).toEqual([
      'callout-kind/content/lessons/zh-Hant/alpha/02-assessment.mdx:14:15: <Callout> kind="tip" is not one of note, warning, case — write kind="note", kind="warning", kind="case"',
    ]);
  });
});
