import type { Graph } from '~/lib/graph/graph.schema';
import type { GraphNode } from '~/lib/graph/graph-node.schema';
import type { Locale } from '~/lib/i18n/locales';
import { sourceLocale } from '~/lib/i18n/translate';
import { nodeCaption, nodeType } from '~/lib/site-graph/node-text';
import { compareByOrder } from './graph-index';
import { compareLabels } from './type-names';

/** The nodes of one type, for the concept index. */
export interface TypeGroup {
  label: string;
  nodes: GraphNode[];
}

/**
 * Every node grouped by its type (first label), types in our order, nodes by `order` and then by
 * caption in the page's language, as that language sorts (stroke order for Chinese, A–Z for English).
 */
export function groupNodesByType(graph: Graph, locale: Locale): TypeGroup[] {
  const groups = new Map<string, GraphNode[]>();
  for (const node of graph.nodes) {
    const label = nodeType(node);
    groups.set(label, [...(groups.get(label) ?? []), node]);
  }
  const caption = (node: GraphNode): string => nodeCaption(node, locale);
  const collator = new Intl.Collator(sourceLocale(locale) === 'en' ? 'en' : 'zh-Hant');
  return [...groups.entries()]
    .sort(([a], [b]) => compareLabels(a, b))
    .map(([label, nodes]) => ({
      label,
      nodes: nodes.sort(
        (a, b) => compareByOrder(a, b) || collator.compare(caption(a), caption(b)) || (a.id < b.id ? -1 : 1),
      ),
    }));
}

/** The text the index filter matches against: the node's captions in both languages and its id, lower-cased. */
export function filterText(node: GraphNode): string {
  const texts = new Set([nodeCaption(node, 'zh-Hant'), nodeCaption(node, 'en'), node.id]);
  return [...texts].join(' ').toLowerCase();
}
