import { describe, expect, it } from 'vitest';
import { checkCourse, formatCourseProblem } from '~/lib/course-check';

// Each fixture in tests/fixtures/course-broken/ is a small valid course with one kind of mistake.
const root = 'tests/fixtures/course-broken';
const problemsIn = (fixture: string) =>
  checkCourse({ root, contentDir: `${fixture}/content`, graphFiles: ['graph.jsonl'] }).problems.map(
    formatCourseProblem,
  );

describe('graph references in frontmatter and components', () => {
  it("reports an unknown concept key in a lesson's concepts list at the list item", () => {
    expect(problemsIn('unknown-concept-in-frontmatter')).toEqual([
      'unknown-concept-in-frontmatter/content/lessons/en/alpha/01-perception.mdx:4:30: unknown concept key "tech-iott" — use a key that exists in the graph (did you mean "tech-iot"?), or add the concept to graph.jsonl',
    ]);
  });

  it('reports an unknown concept key in a ConceptLink at its attribute value', () => {
    expect(problemsIn('unknown-concept-in-component')).toEqual([
      'unknown-concept-in-component/content/lessons/en/alpha/02-assessment.mdx:10:26: unknown concept key "chain-perceptoin" — use a key that exists in the graph (did you mean "chain-perception"?), or add the concept to graph.jsonl',
    ]);
  });

  it('reports a Statistic whose evidence key is not in the graph', () => {
    expect(problemsIn('unknown-evidence')).toEqual([
      'unknown-evidence/content/lessons/zh-Hant/alpha/01-perception.mdx:12:21: unknown evidence key "ev-police-station" — use the key of an Evidence node in the graph (did you mean "ev-police-stations"?)',
    ]);
  });

  it('reports a Statistic that names a node other than Evidence', () => {
    expect(problemsIn('statistic-of-a-concept')).toEqual([
      'statistic-of-a-concept/content/lessons/zh-Hant/alpha/02-assessment.mdx:12:21: "chain-perception" is a Chain node, not an Evidence node — <Statistic evidence> needs an Evidence node; Evidence keys: ev-police-stations',
    ]);
  });

  it('reports a ChainDiagram highlight that is not a Chain', () => {
    expect(problemsIn('chain-diagram-highlight-not-a-chain')).toEqual([
      'chain-diagram-highlight-not-a-chain/content/lessons/en/alpha/03-together.mdx:14:25: "tech-iot" is a Technology node, not a Chain node — <ChainDiagram highlight> needs a Chain node; Chain keys: chain-perception, chain-assessment',
    ]);
  });

  it('reports a module dimension that is not a Dimension node, in each language', () => {
    expect(problemsIn('dimension-not-a-dimension')).toEqual([
      'dimension-not-a-dimension/content/modules/en/alpha.mdx:7:12: "chain-perception" is a Chain node, not a Dimension node — name the Dimension node the module teaches, or remove dimension for a module that teaches no single dimension',
      'dimension-not-a-dimension/content/modules/zh-Hant/alpha.mdx:7:12: "chain-perception" is a Chain node, not a Dimension node — name the Dimension node the module teaches, or remove dimension for a module that teaches no single dimension',
    ]);
  });

  it('reports a concept written as an expression, which it cannot verify', () => {
    expect(problemsIn('concept-as-expression')).toEqual([
      'concept-as-expression/content/lessons/en/alpha/01-perception.mdx:10:26: <ConceptLink concept={…}> is an expression the check cannot verify — write the key as text: concept="chain-perception"',
    ]);
  });
});
