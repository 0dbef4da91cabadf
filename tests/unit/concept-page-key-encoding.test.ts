import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Graph } from '~/lib/graph/graph.schema';
import { conceptStaticPaths } from '~/lib/concept-page/concept-paths';
import { conceptPath, conceptSlug, explorerFocusPath } from '~/lib/concept-page/concept-url';

const oddKeys = [
  'chain-perception',
  '4:8f2a-11ee:12',
  'a b',
  '感知鏈',
  'x#y',
  'q?r',
  'p%q',
  's/t',
  'back\\slash',
  'plus+&=',
  '..',
  'tilde~7E',
  'ｆｕｌｌ',
];

// What Astro 7 does with a parameter: it builds the path from it and writes the file at
// fileURLToPath(new URL('.' + encodeURI(path), outDir)); '#' and '?' it first writes as %23 / %3F.
function astroOutputFile(slug: string): string {
  const path = `/concepts/${slug.normalize().replace(/#/g, '%23').replace(/\?/g, '%3F')}/`;
  return fileURLToPath(new URL(`.${encodeURI(path)}index.html`, 'file:///site/'));
}
// What a static web server does with a link: decode the path, then look for <path>/index.html.
function servedFile(href: string): string {
  return `/site${decodeURIComponent(new URL(href, 'http://localhost').pathname)}index.html`;
}

describe('concept page URLs', () => {
  it('leaves our kebab-case keys as they are', () => {
    expect(conceptSlug('chain-perception')).toBe('chain-perception');
    expect(conceptPath('zh-Hant', 'chain-perception')).toBe('/concepts/chain-perception/');
    expect(conceptPath('en', 'chain-perception')).toBe('/en/concepts/chain-perception/');
    expect(conceptPath('zh-Hans', 'chain-perception')).toBe('/zh-Hans/concepts/chain-perception/');
  });

  it('percent-encodes keys in links, and escapes as ~XX the characters no page path can hold', () => {
    expect(conceptPath('en', 'a b')).toBe('/en/concepts/a%20b/');
    expect(conceptPath('zh-Hant', '感知鏈')).toBe(`/concepts/${encodeURIComponent('感知鏈')}/`);
    expect(conceptSlug('s/t')).toBe('s~2Ft');
    expect(conceptSlug('x#y?z%')).toBe('x~23y~3Fz~25');
    expect(conceptSlug('..')).toBe('~2E~2E');
    expect(conceptSlug('tilde~7E')).toBe('tilde~7E7E');
  });

  it('links every odd key to the very file Astro writes for it, as a static server resolves the link', () => {
    for (const key of oddKeys) {
      expect(servedFile(conceptPath('zh-Hant', key)), key).toBe(astroOutputFile(conceptSlug(key)));
    }
  });

  it('round-trips any key from link to file, and gives different keys different pages', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, unit: 'grapheme' }),
        fc.string({ minLength: 1, unit: 'grapheme' }),
        (a, b) => {
          expect(servedFile(conceptPath('zh-Hant', a))).toBe(astroOutputFile(conceptSlug(a)));
          if (a.normalize() !== b.normalize()) expect(conceptSlug(a)).not.toBe(conceptSlug(b));
        },
      ),
    );
  });

  it('puts the raw key, percent-encoded, in the explorer link', () => {
    expect(explorerFocusPath('en', 'a b/c')).toBe('/en/graph/?focus=a%20b%2Fc');
  });
});

describe('concept page static paths', () => {
  const origin = { file: 'test.jsonl', line: 1 };
  const graph = (ids: string[]): Graph => ({
    nodes: ids.map((id) => ({ id, labels: [], properties: {}, origin })),
    relationships: [],
  });

  it('makes one page per node and language, with the same slug the links use', () => {
    const paths = conceptStaticPaths(graph(['a b', 's/t']));
    expect(paths).toHaveLength(6);
    expect(paths.map((p) => `${p.params.locale ?? ''}|${p.params.key}|${p.props.id}`)).toEqual([
      '|a b|a b',
      '|s~2Ft|s/t',
      'zh-Hans|a b|a b',
      'zh-Hans|s~2Ft|s/t',
      'en|a b|a b',
      'en|s~2Ft|s/t',
    ]);
  });

  it('fails the build when two ids would share a page, naming both', () => {
    expect(() => conceptStaticPaths(graph(['caf\u00e9', 'cafe\u0301']))).toThrow(
      /^Nodes "caf.+" and "caf.+" would share the concept page \/concepts\/caf.+\/ — give one of them another id\.$/u,
    );
  });
});
