import { conceptPath } from '~/lib/concept-page/concept-url';
import type { Graph } from '~/lib/graph/graph.schema';
import type { GraphNode } from '~/lib/graph/graph-node.schema';
import { citeSection } from '~/lib/i18n/cite-section';
import type { SearchDoc } from '~/lib/search/search-doc';
import { nodeCaption, nodeDefinition } from '~/lib/site-graph/node-text';

function otherName(node: GraphNode, locale: 'zh-Hant' | 'en', caption: string): string {
  const other = node.properties[locale === 'en' ? 'name_zh' : 'name_en'];
  return typeof other === 'string' && other.trim() !== '' && other !== caption ? other : '';
}

function bodyOf(node: GraphNode, locale: 'zh-Hant' | 'en', caption: string): string {
  const citation = node.properties['citation'];
  return [
    nodeDefinition(node, locale),
    typeof citation === 'string' ? citation : '',
    citeSection(locale, node.properties['section']),
    otherName(node, locale, caption),
  ]
    .filter((part) => part.trim() !== '')
    .join('\n');
}

/**
 * One doc per graph node, linking to its concept page: the caption in the language as title; the body is
 * the definition, a source's citation, the cited section and last (so snippets start with the
 * definition) the name in the other language, so "resilient governance" finds 韌性治理 on a Chinese
 * page too. Works for any export: missing fields are skipped.
 */
export function conceptDocs(graph: Graph, locale: 'zh-Hant' | 'en'): SearchDoc[] {
  return graph.nodes.map((node): SearchDoc => {
    const title = nodeCaption(node, locale);
    return { id: conceptPath(locale, node.id), locale, type: 'concept', title, body: bodyOf(node, locale, title) };
  });
}
