// The graph as the browser explorer reads it (graph-data.json): one file per page language, with
// names already in that language and positions computed at build time. The explorer checks a
// fetched file with parseBrowserGraph before using it, because `data-src` may point anywhere.

/** A position in Cytoscape model units. */
export interface Point {
  x: number;
  y: number;
}

/** A node as the explorer shows it. */
export interface ViewNode {
  /** The export line id (our `key`); relationships refer to it. */
  id: string;
  /** The node's first label, or "Node". */
  type: string;
  /** Caption in the page language. */
  name: string;
  /** Caption in the other source language, when it differs (searchable, shown as a subtitle). */
  alt?: string;
  /** Definition in the page language, or ''. */
  def: string;
  /** Section of the paper, e.g. "二(一)", or ''. */
  section: string;
  /** Position in the full-graph layout. */
  x: number;
  y: number;
  /** Position and column in the Figure 1 layout, for the nodes Figure 1 shows. */
  fig?: Point & { column: string };
  /** Position in the five-chains flow, for chains, their technologies and outputs. */
  flow?: Point;
  /** Relationships touching the node, either direction. */
  degree: number;
  /** Normalised betweenness centrality, 0–1. */
  betweenness: number;
  /** Louvain community number. */
  community: number;
  /** Position in an ordered list (chains 1–5 …), when the node has one. */
  order?: number;
  /** A Source node's full citation. */
  citation?: string;
  /** A web address the node names (http or https only). */
  url?: string;
}

/** A relationship as the explorer shows it. */
export interface ViewEdge {
  /** The export line id; a separate id space from node ids. */
  id: string;
  /** Relationship type, e.g. "PART_OF". */
  type: string;
  /** Id of the start node. */
  source: string;
  /** Id of the end node. */
  target: string;
  /** "explicit" (the paper states it), "interpretive" (the course infers it), or ''. */
  basis: string;
  /** Section of the paper, or ''. */
  section: string;
}

/** A node label with its display name in the page language. */
export interface NodeTypeInfo {
  id: string;
  name: string;
}

/** A relationship type with its display name and sentence phrase ("…" marks the object). */
export interface EdgeTypeInfo {
  id: string;
  name: string;
  phrase: string;
}

/** A column label of the Figure 1 view. */
export interface ColumnLabel extends Point {
  id: string;
  name: string;
}

/** Everything the explorer needs for one page language. */
export interface BrowserGraph {
  version: 1;
  /** The page language the names are in. */
  locale: string;
  /** Node labels present in the graph, in legend order. */
  nodeTypes: NodeTypeInfo[];
  /** Relationship types present in the graph, in legend order. */
  edgeTypes: EdgeTypeInfo[];
  /** Labels of the Figure 1 columns, placed above each column. */
  columns: ColumnLabel[];
  nodes: ViewNode[];
  edges: ViewEdge[];
  /**
   * Traditional → Simplified pairs for every character of the names that folds differently, each
   * string one character and its folded form; lets the browser fold a query without OpenCC.
   */
  fold: string[];
}
