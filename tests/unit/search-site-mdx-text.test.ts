import { describe, expect, it } from 'vitest';
import { parseExportsOrThrow } from '~/lib/graph/parse-export';
import { courseComponentText } from '~/lib/search-site/component-text';
import { conceptLookup } from '~/lib/search-site/concept-lookup';
import { mdxPageText } from '~/lib/search-site/mdx-page-text';

const graph = parseExportsOrThrow([
  {
    file: 'mini.jsonl',
    text: [
      '{"type":"node","id":"chain-perception","labels":["Chain"],"properties":{"key":"chain-perception","name_zh":"感知鏈","name_en":"Perception chain","def_zh":"第一環。","def_en":"The first link."}}',
      '{"type":"node","id":"ev-calls","labels":["Evidence"],"properties":{"key":"ev-calls","name_zh":"攔截電話","name_en":"Calls blocked","figure_zh":"2.3 億次","value":2.3,"unit_en":"×100 million calls"}}',
    ].join('\n'),
  },
]);
const zh = courseComponentText(conceptLookup(graph), 'zh-Hant');
const en = courseComponentText(conceptLookup(graph), 'en');

describe('reading an MDX lesson as plain text', () => {
  it('replaces a self-closing ConceptLink with the concept name in the page language', () => {
    expect(mdxPageText('<ConceptLink concept="chain-perception" />是第一環。', zh).intro.trim()).toBe(
      '感知鏈是第一環。',
    );
    expect(mdxPageText('The <ConceptLink concept="chain-perception" /> comes first.', en).intro.trim()).toBe(
      'The Perception chain comes first.',
    );
  });

  it('keeps the words written inside a ConceptLink and falls back to the key of an unknown concept', () => {
    const text = mdxPageText(
      'See <ConceptLink concept="chain-perception">the first chain</ConceptLink> and <ConceptLink concept="nope" />.',
      en,
    );
    expect(text.intro.trim()).toBe('See the first chain and nope.');
  });

  it('reads ConceptCard as name and definition, Statistic as its figure, Callout as title and body, diagrams as nothing', () => {
    const body = [
      '<ConceptCard concept="chain-perception" />',
      '',
      '攔截：<Statistic evidence="ev-calls" />',
      '',
      '<ChainDiagram highlight="chain-perception" />',
      '',
      '<Callout kind="note" title="注意">',
      '內文。',
      '</Callout>',
    ].join('\n');
    const lines = mdxPageText(body, zh)
      .intro.split('\n')
      .filter((line) => line !== '');
    expect(lines).toEqual(['感知鏈', '第一環。', '攔截：2.3 億次', '注意', '內文。']);
    expect(mdxPageText('Blocked: <Statistic evidence="ev-calls" />', en).intro.trim()).toBe(
      'Blocked: 2.3 ×100 million calls',
    );
  });

  it('drops imports, exports, expressions and markdown syntax but keeps link text, image alt and code', () => {
    const body = [
      "import Foo from '../Foo.astro';",
      'export const x = 1;',
      '',
      '**Bold** and _em_ with [a link](https://example.org) and `code`. {1 + 1}',
      '',
      '![a picture](x.png)',
      '',
      '- one',
      '- two',
      '',
      '| a | b |',
      '|---|---|',
      '| c | d |',
    ].join('\n');
    const text = mdxPageText(body, en).intro;
    expect(text).not.toMatch(/import|export|\*|_em_|\]\(|\{|`|\|/);
    expect(
      text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    ).toEqual(['Bold and em with a link and code.', 'a picture', 'one', 'two', 'a b', 'c d']);
  });

  it('splits at ## headings with the ids Astro gives them, repeats numbered, ### kept inside the section', () => {
    const page = mdxPageText(
      'Intro.\n\n## 感知鏈：把「神經末梢」連起來\n\nA.\n\n### Detail\n\nB.\n\n## 思考題\n\nC.\n\n## 思考題\n\nD.',
      zh,
    );
    expect(page.intro.trim()).toBe('Intro.');
    expect(page.sections.map((s) => [s.heading, s.anchor])).toEqual([
      ['感知鏈：把「神經末梢」連起來', '感知鏈把神經末梢連起來'],
      ['思考題', '思考題'],
      ['思考題', '思考題-1'],
    ]);
    expect(page.sections[0]?.text.split('\n').filter((line) => line !== '')).toEqual(['A.', 'Detail', 'B.']);
  });

  it('slugs a heading by the words a component in it shows, and counts ### headings in the numbering', () => {
    const page = mdxPageText(
      '### Reflection\n\n## <ConceptLink concept="chain-perception" /> first\n\n## Reflection\n',
      en,
    );
    expect(page.sections.map((s) => s.anchor)).toEqual(['perception-chain-first', 'reflection-1']);
  });
});
