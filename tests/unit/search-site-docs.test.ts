import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExportsOrThrow } from '~/lib/graph/parse-export';
import { parseQuizFile } from '~/lib/quiz/file/parse-quiz-file';
import { conceptDocs } from '~/lib/search-site/concept-docs';
import { courseDocs } from '~/lib/search-site/course-docs';
import { courseEntryPlace, coursePath } from '~/lib/search-site/course-entry-id';
import { hansDocs } from '~/lib/search-site/hans-docs';
import { noComponentText } from '~/lib/search-site/mdast-text';
import { pageDocs } from '~/lib/search-site/page-docs';
import { quizDocs } from '~/lib/search-site/quiz-docs';
import { quizPlainText } from '~/lib/search-site/quiz-text';

describe('course entry ids', () => {
  it('reads a module id and a lesson id, dropping the lesson number from its URL', () => {
    expect(courseEntryPlace('zh-Hant/tool-innovation')).toEqual({ locale: 'zh-Hant', module: 'tool-innovation' });
    const lesson = courseEntryPlace('en/tool-innovation/01-perception-and-assessment');
    expect(lesson).toEqual({ locale: 'en', module: 'tool-innovation', lesson: 'perception-and-assessment' });
    expect(lesson && coursePath(lesson)).toBe('/modules/tool-innovation/perception-and-assessment/');
  });

  it('skips ids of another shape instead of failing the build', () => {
    expect(courseEntryPlace('fr/x')).toBeUndefined();
    expect(courseEntryPlace('en/a/b/c')).toBeUndefined();
    expect(courseEntryPlace('en')).toBeUndefined();
  });
});

describe('page docs', () => {
  const section = (heading: string, text: string) => ({ heading, anchor: heading.toLowerCase(), text });

  it('keeps a page whose text fits the stored snippet text as one doc', () => {
    const docs = pageDocs({
      url: '/m/',
      locale: 'en',
      type: 'module',
      title: 'M',
      lead: 'Lead.',
      text: { intro: 'Intro.', sections: [section('A', 'Body.')] },
    });
    expect(docs).toEqual([{ id: '/m/', locale: 'en', type: 'module', title: 'M', body: 'Lead.\nIntro.\nA\nBody.' }]);
  });

  it('splits a long page into its start and one doc per ## section linking to the heading', () => {
    const long = 'word '.repeat(150);
    const docs = pageDocs({
      url: '/l/',
      locale: 'en',
      type: 'lesson',
      title: 'L',
      text: { intro: '', sections: [section('A', long), section('B', long)] },
    });
    expect(docs.map((doc) => [doc.id, doc.section])).toEqual([
      ['/l/', undefined],
      ['/l/#a', 'A'],
      ['/l/#b', 'B'],
    ]);
    expect(docs.every((doc) => doc.title === 'L' && doc.type === 'lesson')).toBe(true);
  });
});

describe('course docs', () => {
  it('lists modules in course order, each followed by its lessons, and keeps lessons whose module file is missing', () => {
    const modules = [
      { id: 'en/b', body: 'B body.', data: { title: 'B', order: 2 } },
      { id: 'en/a', body: 'A body.', data: { title: 'A', order: 1, summary: 'Sum.', objectives: ['Explain x.'] } },
      { id: 'zh-Hant/a', body: '甲', data: { title: '甲', order: 1 } },
    ];
    const lessons = [
      { id: 'en/b/01-one', body: 'One.', data: { title: 'One' } },
      { id: 'en/a/02-two', body: 'Two.', data: { title: 'Two' } },
      { id: 'en/a/01-first', body: 'First.', data: { title: 'First' } },
      { id: 'en/lost/01-x', body: 'X.', data: { title: 'X' } },
    ];
    const docs = courseDocs(modules, lessons, 'en', noComponentText);
    expect(docs.map((doc) => doc.id)).toEqual([
      '/en/modules/a/',
      '/en/modules/a/first/',
      '/en/modules/a/two/',
      '/en/modules/b/',
      '/en/modules/b/one/',
      '/en/modules/lost/x/',
    ]);
    expect(docs[0]?.body).toBe('Sum.\nExplain x.\nA body.');
  });

  it('names the entry when its MDX cannot be read', () => {
    const broken = [{ id: 'en/a', body: '<Callout>never closed', data: { title: 'A' } }];
    expect(() => courseDocs(broken, [], 'en', noComponentText)).toThrow(
      /^en\/a: the search index cannot read this entry's MDX/,
    );
  });
});

describe('concept docs', () => {
  it('reads any export: a node without our properties is titled by name, key or id', () => {
    const graph = parseExportsOrThrow([
      {
        file: 'other.jsonl',
        text: [
          '{"type":"node","id":"n1","labels":["Person"],"properties":{"name":"Ada","description":"A mathematician."}}',
          '{"type":"node","id":"a/b","labels":[],"properties":{}}',
        ].join('\n'),
      },
    ]);
    expect(conceptDocs(graph, 'en')).toEqual([
      { id: '/en/concepts/n1/', locale: 'en', type: 'concept', title: 'Ada', body: 'A mathematician.' },
      { id: '/en/concepts/a~2Fb/', locale: 'en', type: 'concept', title: 'a/b', body: '' },
    ]);
  });

  it('puts the definition first, then the cited section and the name in the other language', () => {
    const graph = parseExportsOrThrow([
      {
        file: 'ours.jsonl',
        text: '{"type":"node","id":"rg","labels":["Concept"],"properties":{"key":"rg","name_zh":"韌性治理","name_en":"Resilient governance","def_zh":"定義。","def_en":"Definition.","section":"三(五)"}}',
      },
    ]);
    expect(conceptDocs(graph, 'zh-Hant')[0]).toMatchObject({
      id: '/concepts/rg/',
      title: '韌性治理',
      body: '定義。\n（三(五)）\nResilient governance',
    });
    expect(conceptDocs(graph, 'en')[0]).toMatchObject({
      id: '/en/concepts/rg/',
      title: 'Resilient governance',
      body: 'Definition.\n(§ 三(五))\n韌性治理',
    });
  });
});

describe('zh-Hans docs', () => {
  it('converts title, section and body, prefixes the URL and converts the heading anchor as the middleware converts the page', () => {
    const [doc] = hansDocs([
      {
        id: '/modules/m/l/#感知鏈',
        locale: 'zh-Hant',
        type: 'lesson',
        title: '感知鏈與評估鏈',
        section: '感知鏈',
        body: '數據池',
      },
    ]);
    expect(doc).toEqual({
      id: '/zh-Hans/modules/m/l/#感知链',
      locale: 'zh-Hans',
      type: 'lesson',
      title: '感知链与评估链',
      section: '感知链',
      body: '数据池',
    });
  });
});

describe('quiz docs', () => {
  const { quiz } = parseQuizFile(readFileSync('tests/fixtures/quiz/all-types.yaml', 'utf8'), 'all-types.yaml');

  it('makes one doc per question linking to it on the module quiz page, titled with the quiz title and the start of its prompt', () => {
    const docs = quizDocs([quiz], 'zh-Hant');
    expect(docs).toHaveLength(quiz.questions.length);
    expect(docs[0]).toEqual({
      id: '/modules/m3-governance-tools/quiz/#q-first-chain',
      locale: 'zh-Hant',
      type: 'quiz',
      title: '治理工具革新：五條治理鏈條：五條治理鏈條的第一環是哪一條？',
      body: '五條治理鏈條的第一環是哪一條？\n見三(四)：感知鏈依靠物聯網即時收集社會面的感知數據，是第一環。',
    });
    expect(quizDocs([quiz], 'en')[1]?.title).toMatch(/^Governance tool innovation: the five chains: \S/);
  });

  it('reads markdown, html and Moodle text as plain words', () => {
    expect(quizPlainText('**Which** is [first](x)?', 'markdown').trim()).toBe('Which is first?');
    expect(quizPlainText('<p>Which &amp; <b>why</b>?</p>', 'html').trim()).toBe('Which & why?');
    expect(quizPlainText('a <i>b</i>', 'moodle').trim()).toBe('a b');
    expect(quizPlainText('*as written*', 'plain')).toBe('*as written*');
  });
});
