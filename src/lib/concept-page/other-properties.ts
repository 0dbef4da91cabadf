import type { GraphNode } from '~/lib/graph/graph-node.schema';

// Properties the concept page already shows in its own place, or that only the site's machinery reads.
const SHOWN = new Set([
  'key',
  'name_zh',
  'name_en',
  'def_zh',
  'def_en',
  'description',
  'section',
  'order',
  'alt_name_zh',
  'value',
  'unit_zh',
  'unit_en',
  'as_of',
  'figure_zh',
  'number',
  'citation',
  'url',
  'same_as',
  'caption_zh',
  'caption_en',
  'row_header_zh',
  'row_header_en',
  'table_row_zh',
  'heading_zh',
  'category',
]);

function show(value: unknown): string {
  if (Array.isArray(value)) return value.map(show).join(', ');
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

/**
 * The node's remaining properties as name/text pairs, sorted by name: what a researcher's own export
 * carries beyond ours (born, age, place …), shown as text. A value equal to one of `alreadyShown`
 * (the caption and definition, which may come from `name`, `title` or `description`) is left out.
 */
export function otherProperties(node: GraphNode, alreadyShown: readonly string[] = []): [string, string][] {
  return Object.entries(node.properties)
    .filter(([name, value]) => !SHOWN.has(name) && !(typeof value === 'string' && alreadyShown.includes(value)))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => [name, show(value)]);
}
