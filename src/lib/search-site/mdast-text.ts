import type { ComponentText } from './component-text';

/** The parts of satteri's mdast (Markdown and MDX syntax trees) the text extractor reads. */
export interface MdNode {
  type: string;
  name?: string | null;
  value?: unknown;
  alt?: string | null;
  depth?: number;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdNode[];
}

// Nodes whose text would read as code or markup, not as words of the page.
const silent = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'html', 'definition', 'yaml', 'toml']);
const inline = new Set([
  'root',
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'link',
  'linkReference',
  'break',
  'mdxJsxTextElement',
  'footnoteReference',
  'tableCell',
]);

function attributesOf(node: MdNode): Map<string, string> {
  const found = new Map<string, string>();
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name !== undefined && typeof attribute.value === 'string') {
      found.set(attribute.name, attribute.value);
    }
  }
  return found;
}

/** Components add no text when the page has none (plain Markdown). */
export const noComponentText: ComponentText = ({ childText }) => childText;

/**
 * The words a reader sees for a node: inline parts run together, each block ends with a line break,
 * table cells are separated by spaces, JSX elements become `componentText`'s words, code and
 * expressions (`{…}`, imports) are dropped except inline and fenced code, which is shown as written.
 */
export function mdastText(node: MdNode, componentText: ComponentText = noComponentText): string {
  if (silent.has(node.type)) return '';
  if (node.type === 'text' || node.type === 'inlineCode') return typeof node.value === 'string' ? node.value : '';
  if (node.type === 'code') return `${typeof node.value === 'string' ? node.value : ''}\n`;
  if (node.type === 'break' || node.type === 'thematicBreak') return '\n';
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  const children = (node.children ?? []).map((child) => mdastText(child, componentText));
  const joined = children.join(node.type === 'tableRow' ? ' ' : '');
  if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
    const text = componentText({ name: node.name ?? '', attributes: attributesOf(node), childText: joined.trim() });
    return node.type === 'mdxJsxFlowElement' && text !== '' ? `${text}\n` : text;
  }
  return inline.has(node.type) ? joined : `${joined}\n`;
}
