import { describe, expect, it } from 'vitest';
import { parseBrowserGraph } from '~/lib/graph-view/parse-browser-graph';

describe('reading fetched graph data', () => {
  it('rejects something that is not graph data, saying what was expected', () => {
    expect(() => parseBrowserGraph({ hello: 1 })).toThrow(/"nodes" and "edges"/);
    expect(() => parseBrowserGraph('<html>')).toThrow(/not graph data/);
  });

  it('leaves out bad entries, duplicate ids and relationships to missing nodes', () => {
    const graph = parseBrowserGraph({
      nodes: [{ id: 'a', type: 'Concept', name: 'A' }, { id: 'a', name: 'again' }, { name: 'no id' }, 7, { id: 'b' }],
      edges: [
        { id: 'r1', type: 'ENABLES', source: 'a', target: 'b' },
        { id: 'r1', type: 'ENABLES', source: 'b', target: 'a' },
        { id: 'r2', type: 'ENABLES', source: 'a', target: 'ghost' },
      ],
    });
    expect(graph.nodes.map((n) => [n.id, n.name, n.type])).toEqual([
      ['a', 'A', 'Concept'],
      ['b', 'b', 'Node'],
    ]);
    expect(graph.edges.map((e) => e.id)).toEqual(['r1']);
    expect(graph.nodeTypes.map((t) => t.id)).toEqual(['Concept', 'Node']);
    expect(graph.edgeTypes).toEqual([{ id: 'ENABLES', name: 'ENABLES', phrase: 'ENABLES …' }]);
  });

  it('keeps only web addresses that are http or https', () => {
    const graph = parseBrowserGraph({
      nodes: [
        { id: 'a', url: 'javascript:alert(1)' },
        { id: 'b', url: 'https://example.org/x' },
      ],
      edges: [],
    });
    expect(graph.nodes.map((n) => n.url)).toEqual([undefined, 'https://example.org/x']);
  });
});
