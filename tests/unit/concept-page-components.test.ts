import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExportsOrThrow } from '~/lib/graph/parse-export';
import { indexGraph } from '~/lib/concept-page/graph-index';
import { lessonRefFromEntry, lessonsTeaching } from '~/lib/concept-page/lesson-refs';
import { pageLocale } from '~/lib/concept-page/page-locale';
import { requireNode, requireNodeWithLabel } from '~/lib/concept-page/require-node';
import { fill } from '~/lib/concept-page/strings';
import { typeGroupName, typeName, compareLabels } from '~/lib/concept-page/type-names';

const file = 'graph/framework.jsonl';
const index = indexGraph(parseExportsOrThrow([{ file, text: readFileSync(file, 'utf8') }]));

describe('build errors of the MDX components', () => {
  it('names an unknown concept key and says where valid keys are, suggesting a close one', () => {
    expect(() => requireNode(index, [file], 'ConceptLink', 'x')).toThrow(
      'ConceptLink: unknown concept key "x" — use a key from graph/framework.jsonl (see /concepts/).',
    );
    expect(() => requireNode(index, [file], 'ConceptCard', 'chain-perceptoin')).toThrow(
      'ConceptCard: unknown concept key "chain-perceptoin" — use a key from graph/framework.jsonl (see /concepts/); did you mean "chain-perception"?',
    );
  });

  it('rejects a Statistic whose key is unknown or not an Evidence node', () => {
    expect(() => requireNodeWithLabel(index, [file], 'Statistic', 'ev-nope', 'Evidence')).toThrow(
      'Statistic: unknown evidence key "ev-nope" — use a key from graph/framework.jsonl (see /concepts/)',
    );
    expect(() => requireNodeWithLabel(index, [file], 'Statistic', 'chain-perception', 'Evidence')).toThrow(
      'Statistic: "chain-perception" is a Chain node, not an Evidence node — use the key of an Evidence node from graph/framework.jsonl (see /concepts/).',
    );
    expect(requireNodeWithLabel(index, [file], 'Statistic', 'ev-standards-2023', 'Evidence').id).toBe(
      'ev-standards-2023',
    );
  });
});

describe('the page language of an MDX component', () => {
  it('is Astro’s current locale, or else the URL’s language prefix', () => {
    expect(pageLocale('en', '/modules/x/')).toBe('en');
    expect(pageLocale(undefined, '/zh-Hans/modules/x/')).toBe('zh-Hans');
    expect(pageLocale('fr', '/en/concepts/')).toBe('en');
    expect(pageLocale(undefined, '/modules/x/')).toBe('zh-Hant');
  });
});

describe('lessons that teach a concept', () => {
  const entry = (id: string, concepts: unknown, title = 'T') => ({ id, data: { title, concepts } });

  it('reads module, slug and order from the collection id, or from the file path', () => {
    expect(lessonRefFromEntry(entry('en/tool-innovation/02-perception-and-assessment', ['chain-perception']))).toEqual({
      lang: 'en',
      module: 'tool-innovation',
      slug: 'perception-and-assessment',
      order: 2,
      title: 'T',
      concepts: ['chain-perception'],
    });
    const byPath = {
      id: 'something-else',
      filePath: 'src/content/lessons/zh-Hant/intro/01-concept.mdx',
      data: { title: '概念', concepts: [] },
    };
    expect(lessonRefFromEntry(byPath)).toMatchObject({ lang: 'zh-Hant', module: 'intro', slug: 'concept', order: 1 });
  });

  it('skips entries of another shape instead of failing', () => {
    expect(lessonRefFromEntry(undefined)).toBeUndefined();
    expect(lessonRefFromEntry({ id: 'home', data: {} })).toBeUndefined();
    expect(lessonRefFromEntry(entry('en/m/01-a', 'not a list'))?.concepts).toEqual([]);
  });

  it('lists the lessons of one language naming the concept, by module then order', () => {
    const lessons = [
      entry('en/b/02-y', ['k']),
      entry('en/b/01-x', ['k']),
      entry('en/a/03-z', ['k', 'j']),
      entry('zh-Hant/a/01-w', ['k']),
      entry('en/a/01-v', ['j']),
    ].flatMap((e) => lessonRefFromEntry(e) ?? []);
    expect(lessonsTeaching(lessons, 'en', 'k').map((l) => `${l.module}/${l.slug}`)).toEqual(['a/z', 'b/x', 'b/y']);
  });
});

describe('type names and string templates', () => {
  it('names our types in each language and shows another export’s label as written', () => {
    expect(typeName('zh-Hant', 'Chain')).toBe('治理鏈條');
    expect(typeName('en', 'DrivingElement')).toBe('Driving element');
    expect(typeGroupName('en', 'Technology')).toBe('Technologies');
    expect(typeName('en', 'Person')).toBe('Person');
    expect(['Person', 'Source', 'Frame', 'Chain', 'Alien'].sort(compareLabels)).toEqual([
      'Frame',
      'Chain',
      'Source',
      'Alien',
      'Person',
    ]);
  });

  it('fills named values into a template and leaves unknown names', () => {
    expect(fill('第 {row} 行 {x}', { row: 2 })).toBe('第 2 行 {x}');
  });
});
