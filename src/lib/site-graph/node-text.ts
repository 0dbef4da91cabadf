import type { GraphNode } from '~/lib/graph/graph-node.schema';
import type { Locale } from '~/lib/i18n/locales';
import { sourceLocale } from '~/lib/i18n/translate';

function text(node: GraphNode, name: string): string | undefined {
  const value = node.properties[name];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * A node's caption in a language: our `name_zh`/`name_en`, else (for someone else's export)
 * `name`, `title`, `key`, then the line id.
 */
export function nodeCaption(node: GraphNode, locale: Locale): string {
  const ours = sourceLocale(locale) === 'en' ? (text(node, 'name_en') ?? text(node, 'name_zh')) : text(node, 'name_zh');
  return ours ?? text(node, 'name') ?? text(node, 'title') ?? text(node, 'key') ?? node.id;
}

/** A node's definition in a language, or '' when it has none. */
export function nodeDefinition(node: GraphNode, locale: Locale): string {
  return (
    (sourceLocale(locale) === 'en' ? text(node, 'def_en') : text(node, 'def_zh')) ?? text(node, 'description') ?? ''
  );
}

/** The node's type: its first label, or "Node" for a node without labels. */
export function nodeType(node: GraphNode): string {
  return node.labels[0] ?? 'Node';
}
