import { conceptPath } from '~/lib/concept-page/concept-url';
import type { Graph } from '~/lib/graph/graph.schema';
import type { GraphNode } from '~/lib/graph/graph-node.schema';
import type { Locale } from '~/lib/i18n/locales';
import { nodeCaption } from '~/lib/site-graph/node-text';

/** A concept a question tests, as its feedback links it. */
export interface ConceptLinkView {
  key: string;
  /** The concept's name in the page's language, or the key when the graph has no such node. */
  name: string;
  /** Its concept page; undefined when the graph has no node with this key (then it is shown as text). */
  href: string | undefined;
}

/** Looks concept keys up in the graph: by node id (our exports use the key as id), then by `key` property. */
export function conceptLinker(graph: Graph, locale: Locale): (key: string) => ConceptLinkView {
  const byKey = new Map<string, GraphNode>();
  for (const node of graph.nodes) {
    const key = node.properties['key'];
    if (typeof key === 'string' && !byKey.has(key)) byKey.set(key, node);
  }
  for (const node of graph.nodes) byKey.set(node.id, node);
  return (key) => {
    const node = byKey.get(key);
    return node === undefined
      ? { key, name: key, href: undefined }
      : { key, name: nodeCaption(node, locale), href: conceptPath(locale, node.id) };
  };
}
