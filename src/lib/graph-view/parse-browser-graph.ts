import type { BrowserGraph, ColumnLabel, EdgeTypeInfo, NodeTypeInfo, Point, ViewEdge, ViewNode } from './browser-graph';

// The explorer may be pointed (data-src) at any graph-data JSON, so the browser checks what it
// fetched: a wrong top level fails with a message; a bad node or relationship is left out, a
// duplicate id too (Cytoscape would drop it silently), and so is a relationship to a missing node.

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const num = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
const point = (value: unknown): Point | undefined =>
  isObject(value) && typeof value['x'] === 'number' && typeof value['y'] === 'number'
    ? { x: num(value['x']), y: num(value['y']) }
    : undefined;

/** Checks fetched graph data; throws an Error naming what is wrong when it is not graph data at all. */
export function parseBrowserGraph(data: unknown): BrowserGraph {
  if (!isObject(data) || !Array.isArray(data['nodes']) || !Array.isArray(data['edges'])) {
    throw new Error('not graph data: expected an object with "nodes" and "edges" arrays');
  }
  const nodes = uniqueById(data['nodes'].flatMap(readNode));
  const ids = new Set(nodes.map((node) => node.id));
  const edges = uniqueById(data['edges'].flatMap(readEdge)).filter(
    (edge) => ids.has(edge.source) && ids.has(edge.target),
  );
  const list = (key: string) => (Array.isArray(data[key]) ? (data[key] as unknown[]) : []);
  const nodeTypes = withTypes(
    list('nodeTypes').flatMap(readNodeType),
    nodes.map((n) => n.type),
    (id) => ({ id, name: id }),
  );
  const edgeTypes = withTypes(
    list('edgeTypes').flatMap(readEdgeType),
    edges.map((e) => e.type),
    (id) => ({ id, name: id, phrase: `${id} …` }),
  );
  return {
    version: 1,
    locale: str(data['locale']),
    nodeTypes,
    edgeTypes,
    columns: list('columns').flatMap(readColumn),
    nodes,
    edges,
    fold: list('fold').filter((pair): pair is string => typeof pair === 'string'),
  };
}

function readNode(value: unknown): ViewNode[] {
  if (!isObject(value) || str(value['id']) === '') return [];
  const fig = point(value['fig']);
  const flow = point(value['flow']);
  const alt = str(value['alt']);
  const citation = str(value['citation']);
  const url = str(value['url']);
  const node: ViewNode = {
    id: str(value['id']),
    type: str(value['type']) || 'Node',
    name: str(value['name']) || str(value['id']),
    def: str(value['def']),
    section: str(value['section']),
    x: num(value['x']),
    y: num(value['y']),
    degree: num(value['degree']),
    betweenness: num(value['betweenness']),
    community: num(value['community']),
  };
  if (alt) node.alt = alt;
  if (fig && isObject(value['fig'])) node.fig = { ...fig, column: str(value['fig']['column']) };
  if (flow) node.flow = flow;
  if (typeof value['order'] === 'number') node.order = value['order'];
  if (citation) node.citation = citation;
  if (/^https?:\/\//i.test(url)) node.url = url;
  return [node];
}

function readEdge(value: unknown): ViewEdge[] {
  if (!isObject(value)) return [];
  const edge = {
    id: str(value['id']),
    type: str(value['type']) || 'RELATED',
    source: str(value['source']),
    target: str(value['target']),
    basis: str(value['basis']),
    section: str(value['section']),
  };
  return edge.id && edge.source && edge.target ? [edge] : [];
}

function readNodeType(value: unknown): NodeTypeInfo[] {
  return isObject(value) && str(value['id'])
    ? [{ id: str(value['id']), name: str(value['name']) || str(value['id']) }]
    : [];
}

function readEdgeType(value: unknown): EdgeTypeInfo[] {
  if (!isObject(value) || !str(value['id'])) return [];
  const id = str(value['id']);
  return [{ id, name: str(value['name']) || id, phrase: str(value['phrase']) || `${id} …` }];
}

function readColumn(value: unknown): ColumnLabel[] {
  const at = point(value);
  return at && isObject(value) && str(value['id']) ? [{ id: str(value['id']), name: str(value['name']), ...at }] : [];
}

function uniqueById<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.id) && seen.add(item.id));
}

/** The declared types that occur, then any type that occurs without being declared. */
function withTypes<T extends { id: string }>(declared: T[], used: string[], make: (id: string) => T): T[] {
  const present = new Set(used);
  const known = uniqueById(declared).filter((type) => present.has(type.id));
  const missing = [...present].filter((id) => !known.some((type) => type.id === id)).sort();
  return [...known, ...missing.map(make)];
}
