import { describe, expect, it } from 'vitest';
import { plainText, safeHref } from '~/lib/quiz-site/rich-text';
import { quizTextToRich } from '~/lib/quiz-site/quiz-text-to-rich';

describe('quiz texts rendered as safe parts', () => {
  it('keeps markdown emphasis, code and links as parts, never as HTML', () => {
    expect(quizTextToRich('A **bold** *word*, `code` and [a link](https://example.org/x).', 'markdown')).toEqual([
      {
        kind: 'paragraph',
        children: [
          { kind: 'text', text: 'A ' },
          { kind: 'strong', children: [{ kind: 'text', text: 'bold' }] },
          { kind: 'text', text: ' ' },
          { kind: 'em', children: [{ kind: 'text', text: 'word' }] },
          { kind: 'text', text: ', ' },
          { kind: 'code', children: [{ kind: 'text', text: 'code' }] },
          { kind: 'text', text: ' and ' },
          { kind: 'link', href: 'https://example.org/x', children: [{ kind: 'text', text: 'a link' }] },
          { kind: 'text', text: '.' },
        ],
      },
    ]);
  });

  it('shows raw HTML inside markdown as the text it is', () => {
    expect(plainText(quizTextToRich('Press <b>here</b><script>x()</script>', 'markdown'))).toBe(
      'Press <b>here</b><script>x()</script>',
    );
  });

  it('drops a javascript: link but keeps its words', () => {
    const nodes = quizTextToRich('[click](javascript:alert(1))', 'markdown');
    expect(JSON.stringify(nodes)).not.toContain('javascript');
    expect(plainText(nodes)).toBe('click');
  });

  it('turns five or more underscores into a blank in every format', () => {
    for (const format of ['markdown', 'html', 'plain', 'moodle'] as const) {
      const nodes = quizTextToRich('Moodle costs _____ to download.', format);
      expect(JSON.stringify(nodes)).toContain('{"kind":"blank"}');
    }
  });

  it('keeps whitelisted HTML formatting and drops scripts, styles and unsafe links', () => {
    const nodes = quizTextToRich(
      '<p>Tom &amp; <b>Jerry</b><script>alert(1)</script><style>p{}</style> <a href="javascript:x">bad</a> <a href="/concepts/x/">ok</a></p>',
      'html',
    );
    const json = JSON.stringify(nodes);
    expect(json).toContain('"kind":"strong"');
    expect(json).not.toMatch(/alert|javascript|p\{\}/);
    expect(json).toContain('"href":"/concepts/x/"');
    expect(plainText(nodes)).toBe('Tom & Jerry bad ok');
  });

  it('keeps the line breaks of Moodle auto-format and of plain text, and makes paragraphs of blank lines in plain text', () => {
    expect(JSON.stringify(quizTextToRich('one\ntwo', 'moodle'))).toContain('{"kind":"break"}');
    expect(quizTextToRich('one\ntwo\n\nthree', 'plain')).toEqual([
      {
        kind: 'paragraph',
        children: [{ kind: 'text', text: 'one' }, { kind: 'break' }, { kind: 'text', text: 'two' }],
      },
      { kind: 'paragraph', children: [{ kind: 'text', text: 'three' }] },
    ]);
  });

  it('joins a soft line break between Chinese characters without a space', () => {
    expect(plainText(quizTextToRich('感知\n鏈 and\nmore', 'markdown'))).toBe('感知鏈 and more');
  });

  it.each([
    ['https://example.org', 'https://example.org'],
    ['mailto:a@b.c', 'mailto:a@b.c'],
    ['/concepts/x/', '/concepts/x/'],
    ['#q-1', '#q-1'],
    ['../x', '../x'],
    ['javascript:alert(1)', undefined],
    [' JavaScript:alert(1)', undefined],
    ['data:text/html,x', undefined],
    ['//evil.example', undefined],
  ])('allows %s as a link address: %s', (href, expected) => {
    expect(safeHref(href)).toBe(expected);
  });
});
