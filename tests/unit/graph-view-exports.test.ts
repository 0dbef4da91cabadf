import { describe, expect, it } from 'vitest';
import { EDGE_COLUMNS, edgesCsv, NODE_COLUMNS, nodesCsv } from '~/lib/graph-view/export-tables';
import { toGraphml } from '~/lib/graph-view/export-graphml';
import { toViewJson } from '~/lib/graph-view/export-json';
import { toSvg } from '~/lib/graph-view/export-svg';
import { indexGraph } from '~/lib/graph-view/graph-index';
import { deriveScene } from '~/lib/graph-view/scene';
import { csvField, escapeXml } from '~/lib/graph-view/text-escape';
import { viewBase } from '~/lib/graph-view/view-base';
import { INITIAL_STATE } from '~/lib/graph-view/view-state';
import { makeGraph } from '../fixtures/graph-view/make-graph';
import { readCsv } from '../fixtures/graph-view/read-csv';

const evil = '<img src=x onerror=alert(1)>';
const index = indexGraph(
  makeGraph(
    [
      ['evil', 'Concept', { name: evil, def: 'He said "hi", then\nleft & came back' }],
      ['formula', 'Risk', { name: '=HYPERLINK("http://x")' }],
      ['感知鏈', 'Chain'],
    ],
    [
      ['evil', 'PART_OF', '感知鏈'],
      ['formula', 'THREATENS', 'evil'],
    ],
  ),
);
const scene = deriveScene(index, viewBase(index, 'full'), INITIAL_STATE);

describe('CSV export', () => {
  it('writes one row per node and per relationship, and reads back to the same text', () => {
    const nodes = readCsv(nodesCsv(scene));
    const edges = readCsv(edgesCsv(scene));
    expect(nodes[0]).toEqual([...NODE_COLUMNS]);
    expect(edges[0]).toEqual([...EDGE_COLUMNS]);
    expect(nodes).toHaveLength(1 + 3);
    expect(edges).toHaveLength(1 + 2);
    expect(nodes.find((row) => row[0] === 'evil')?.slice(2, 4)).toEqual([evil, 'He said "hi", then\nleft & came back']);
    expect(edges[1]?.slice(1, 4)).toEqual(['evil', '感知鏈', 'PART_OF']);
  });

  it('quotes fields with commas, quotes or line breaks, and defuses spreadsheet formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "x"')).toBe('"say ""x"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField(-300.5)).toBe('-300.5');
    expect(readCsv(nodesCsv(scene)).find((row) => row[0] === 'formula')?.[2]).toBe('\'=HYPERLINK("http://x")');
  });
});

describe('GraphML export', () => {
  const graphml = toGraphml(scene);

  it('has one node and one edge element per node and relationship of the view', () => {
    expect(graphml.match(/<node /g)).toHaveLength(3);
    expect(graphml.match(/<edge /g)).toHaveLength(2);
    expect(graphml).toContain('edgedefault="directed"');
  });

  it('escapes names so that markup in them stays text', () => {
    expect(graphml).not.toContain('<img');
    expect(graphml).toContain(escapeXml(evil));
    expect(escapeXml('a\u0001b & "c" \'d\'')).toBe('a\uFFFDb &amp; &quot;c&quot; &apos;d&apos;');
  });
});

describe('SVG and JSON exports', () => {
  it('draw every node with its name escaped and titled', () => {
    const svg = toSvg(scene, index, 'View <1>');
    expect(svg).not.toContain('<img');
    expect(svg).toContain('<title>View &lt;1&gt;</title>');
    expect(svg.match(/<title>/g)).toHaveLength(1 + 3);
    expect(svg.match(/<line /g)).toHaveLength(2);
  });

  it('write the view with drawn positions and the permalink', () => {
    const json = JSON.parse(toViewJson(scene, 'full', 'http://localhost/graph/?focus=a'));
    expect(json).toMatchObject({ view: 'full', url: 'http://localhost/graph/?focus=a' });
    expect(json.nodes).toHaveLength(3);
    expect(json.nodes[0]).toHaveProperty('drawnX');
    expect(json.edges).toHaveLength(2);
  });
});
