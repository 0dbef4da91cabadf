import type { Graph } from '~/lib/graph/graph.schema';
import type { GraphNode } from '~/lib/graph/graph-node.schema';
import type { DerivedGraphData } from '~/lib/graph-derive/derived-data';
import type { Locale } from '~/lib/i18n/locales';
import { sourceLocale } from '~/lib/i18n/translate';
import { nodeCaption, nodeDefinition, nodeType } from '~/lib/site-graph/node-text';
import type { BrowserGraph, EdgeTypeInfo, NodeTypeInfo, ViewEdge, ViewNode } from './browser-graph';
import { layoutChains } from './chains-layout';
import { figureColumnLabels } from './figure-columns';
import { foldPairs } from './search-fold';
import { strings } from './strings';
import { NODE_TYPE_NAMES, RELATIONSHIP_WORDS, nodeTypeName, relationshipName, relationshipPhrase } from './vocabulary';

/** The Figure node whose SHOWS relationships define the Figure 1 view. */
const FIGURE_KEY = 'figure-1';

/**
 * The compact graph the explorer loads, for one page language: names and definitions in that
 * language, positions from the build-time layouts, metrics, and the type vocabularies.
 * `foldChar` converts one character to the form search compares in (Traditional → Simplified).
 */
export function toBrowserGraph(
  graph: Graph,
  derived: DerivedGraphData,
  locale: Locale,
  foldChar: (char: string) => string,
): BrowserGraph {
  const language = sourceLocale(locale);
  const other: Locale = language === 'en' ? 'zh-Hant' : 'en';
  const columnOf = figureColumns(graph);
  const flow = layoutChains(graph);
  const nodes = graph.nodes.map((node) => viewNode(node, derived, locale, other, columnOf.get(node.id), flow[node.id]));
  const edges: ViewEdge[] = graph.relationships.map((rel) => ({
    id: rel.id,
    type: rel.type,
    source: rel.start,
    target: rel.end,
    basis: text(rel.properties['basis']),
    section: text(rel.properties['section']),
  }));
  const t = strings.for(locale);
  const columnName = (column: string) => (isKnownColumn(column) ? t(`column.${column}`) : column);
  const nodeTypes: NodeTypeInfo[] = legendOrder(
    nodes.map((n) => n.type),
    Object.keys(NODE_TYPE_NAMES),
  ).map((id) => ({
    id,
    name: nodeTypeName(id, language),
  }));
  const edgeTypes: EdgeTypeInfo[] = legendOrder(
    edges.map((e) => e.type),
    Object.keys(RELATIONSHIP_WORDS),
  ).map((id) => ({
    id,
    name: relationshipName(id, language),
    phrase: relationshipPhrase(id, language),
  }));
  const figured = nodes.flatMap((n) => (n.fig ? [n.fig] : []));
  return {
    version: 1,
    locale,
    nodeTypes,
    edgeTypes,
    columns: figureColumnLabels(figured, columnName),
    nodes,
    edges,
    fold: foldPairs(
      nodes.flatMap((n) => [n.name, n.alt ?? '']),
      foldChar,
    ),
  };
}

function viewNode(
  node: GraphNode,
  derived: DerivedGraphData,
  locale: Locale,
  other: Locale,
  column: string | undefined,
  flow: { x: number; y: number } | undefined,
): ViewNode {
  const name = nodeCaption(node, locale);
  const alt = nodeCaption(node, other);
  const full = derived.layouts.full[node.id] ?? { x: 0, y: 0 };
  const fig = derived.layouts.figure1[node.id];
  const metrics = derived.metrics[node.id];
  const order = node.properties['order'];
  const url = text(node.properties['url']);
  const citation = text(node.properties['citation']);
  return {
    id: node.id,
    type: nodeType(node),
    name,
    ...(alt !== name ? { alt } : {}),
    def: nodeDefinition(node, locale),
    section: text(node.properties['section']),
    x: full.x,
    y: full.y,
    ...(fig && column !== undefined ? { fig: { x: fig.x, y: fig.y, column } } : {}),
    ...(flow ? { flow } : {}),
    degree: metrics?.degree ?? 0,
    betweenness: Math.round((metrics?.betweenness ?? 0) * 1e4) / 1e4,
    community: metrics?.community ?? 0,
    ...(typeof order === 'number' ? { order } : {}),
    ...(citation ? { citation } : {}),
    ...(/^https?:\/\//i.test(url) ? { url } : {}),
  };
}

function figureColumns(graph: Graph): Map<string, string> {
  const columns = new Map<string, string>();
  for (const rel of graph.relationships) {
    if (rel.start === FIGURE_KEY && rel.type === 'SHOWS')
      columns.set(rel.end, text(rel.properties['column']) || 'other');
  }
  return columns;
}

const KNOWN_COLUMNS = ['core', 'theoretical_logic', 'real_problems', 'practical_paths'] as const;
function isKnownColumn(column: string): column is (typeof KNOWN_COLUMNS)[number] {
  return (KNOWN_COLUMNS as readonly string[]).includes(column);
}

/** Types present in the graph: ours in dictionary order, then the others alphabetically. */
function legendOrder(present: readonly string[], ours: readonly string[]): string[] {
  const set = new Set(present);
  return [...ours.filter((type) => set.has(type)), ...[...set].filter((type) => !ours.includes(type)).sort()];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
