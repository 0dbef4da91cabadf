import { describe, expect, it } from 'vitest';
import { mdxComponentNames } from '../../bench/build/plain-astro';
import { moduleSizes, splitFrontmatter, syntheticCourse, type SourceCourse } from '../../bench/build/synthetic-course';
import { syntheticGraph } from '../../bench/neo4j/synthetic-graph';
import { querySet } from '../../bench/search/queries';

const lesson = (title: string, concepts: string) =>
  `---\ntitle: "${title}"\nminutes: 12\nconcepts: [${concepts}]\nsections: ["三(四)"]\n---\n\n正文 <ConceptLink concept="${concepts}" />\n`;
const module = (title: string) =>
  `---\ntitle: ${title}\nsummary: 摘要。\norder: 5\nminutes: 45\nprerequisites: [intro]\ndimension: dim-tool-innovation\nconcepts: [chain-perception]\nobjectives:\n  - 說明一\n  - 說明二\n  - 說明三\n---\n\n<Table1 />\n`;
const source: SourceCourse = {
  modules: [{ slug: 'tools', zh: module('工具'), en: module('Tools') }],
  lessons: [
    {
      module: 'tools',
      fileName: '01-a.mdx',
      zh: lesson('甲', 'chain-perception'),
      en: lesson('A', 'chain-perception'),
    },
    { module: 'tools', fileName: '02-b.mdx', zh: lesson('乙', 'chain-decision'), en: lesson('B', 'chain-decision') },
  ],
  quizzes: new Map([['tools', 'module: tools\nquestions: []\n']]),
};

describe('synthetic courses', () => {
  it('split any number of lessons into modules of two to four', () => {
    for (const total of [2, 3, 5, 9, 10, 100, 1000]) {
      const sizes = moduleSizes(total);
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(total);
      expect(sizes.every((size) => size >= 2 && size <= 4)).toBe(true);
    }
    expect(() => moduleSizes(1)).toThrow(/at least 2/);
  });

  it('clone the real lessons in both languages with unique module orders, no prerequisites and a quiz each', () => {
    const files = syntheticCourse(source, 10);
    const lessons = files.filter((file) => file.path.startsWith('lessons/'));
    expect(lessons.filter((file) => file.path.startsWith('lessons/zh-Hant/'))).toHaveLength(10);
    expect(lessons.filter((file) => file.path.startsWith('lessons/en/'))).toHaveLength(10);
    const modules = files
      .filter((file) => file.path.startsWith('modules/zh-Hant/'))
      .map((file) => splitFrontmatter(file.text).data);
    expect(modules.map((data) => data['order'])).toEqual([1, 2, 3]);
    expect(
      modules.every((data) => (data['prerequisites'] as unknown[]).length === 0 && data['dimension'] === undefined),
    ).toBe(true);
    expect(files.filter((file) => file.path.startsWith('quizzes/')).map((file) => file.text.split('\n')[0])).toEqual([
      'module: syn-0001',
      'module: syn-0002',
      'module: syn-0003',
    ]);
    const first = splitFrontmatter(lessons[0]!.text);
    expect(first.data['title']).toBe('甲 (S1)');
    expect(first.body).toContain('<ConceptLink concept="chain-perception" />');
  });

  it('give every lesson of a module its own number and slug', () => {
    const paths = syntheticCourse(source, 8)
      .filter((f) => f.path.startsWith('lessons/en/syn-0001/'))
      .map((f) => f.path.split('/').pop());
    expect(paths).toEqual(['01-a.mdx', '02-b.mdx', '03-a-x.mdx', '04-b-x.mdx']);
  });

  it('name the MDX components the baseline must stub', () => {
    expect(mdxComponentNames(syntheticCourse(source, 4))).toEqual(['ConceptLink', 'Table1']);
  });
});

describe('the generated Neo4j graph', () => {
  it('has exactly the nodes and relationships asked for, unique and without self-loops, the same every time', () => {
    const graph = syntheticGraph(500, 1500);
    expect(graph.nodes).toHaveLength(500);
    expect(graph.relationships).toHaveLength(1500);
    expect(new Set(graph.relationships.map((r) => r.id)).size).toBe(1500);
    expect(graph.relationships.every((r) => r.start !== r.end)).toBe(true);
    const keys = new Set(graph.nodes.map((n) => n.id));
    expect(graph.relationships.every((r) => keys.has(r.start) && keys.has(r.end))).toBe(true);
    expect(syntheticGraph(500, 1500)).toEqual(graph);
    expect(syntheticGraph(500, 1500, 2)).not.toEqual(graph);
  });
});

describe('search benchmark queries', () => {
  it('are short pieces of the titles, without repeats, the same every time', () => {
    const docs = [
      { title: '韌性治理的四個效能' },
      { title: 'Resilient governance and its four efficacies' },
      { title: '感知鏈' },
    ];
    const queries = querySet(docs, 6);
    expect(queries).toEqual(querySet(docs, 6));
    expect(new Set(queries).size).toBe(queries.length);
    for (const query of queries)
      expect(docs.some((doc) => query.split(' ').every((part) => doc.title.toLowerCase().includes(part)))).toBe(true);
  });
});
