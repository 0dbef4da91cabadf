import { htmlToHast } from 'satteri';
import { type RichNode, safeHref, textWithBlanks } from './rich-text';

// The parts of satteri's hast that are read here.
interface HtmlNode {
  type: string;
  tagName?: string;
  value?: unknown;
  properties?: Record<string, unknown>;
  children?: HtmlNode[];
}

const dropped = new Set(['script', 'style', 'template', 'iframe', 'object', 'embed', 'noscript', 'head', 'title']);
const blocks = new Set(['p', 'div', 'blockquote', 'pre', 'section', 'article', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const inline: Record<string, 'strong' | 'em' | 'del' | 'code' | 'sub' | 'sup'> = {
  strong: 'strong',
  b: 'strong',
  em: 'em',
  i: 'em',
  del: 'del',
  s: 'del',
  strike: 'del',
  code: 'code',
  kbd: 'code',
  samp: 'code',
  tt: 'code',
  sub: 'sub',
  sup: 'sup',
};

function textNodes(text: string, keepLineBreaks: boolean): RichNode[] {
  if (!keepLineBreaks) return textWithBlanks(text);
  return text
    .split('\n')
    .flatMap((line, index): RichNode[] => [
      ...(index > 0 ? [{ kind: 'break' } as const] : []),
      ...textWithBlanks(line),
    ]);
}

function convert(node: HtmlNode, keepLineBreaks: boolean): RichNode[] {
  const children = () => (node.children ?? []).flatMap((child) => convert(child, keepLineBreaks));
  if (node.type === 'text') return textNodes(typeof node.value === 'string' ? node.value : '', keepLineBreaks);
  if (node.type !== 'element' && node.type !== 'root') return [];
  const tag = node.tagName ?? '';
  if (dropped.has(tag)) return [];
  if (tag === 'br') return [{ kind: 'break' }];
  if (tag === 'img') {
    const alt = node.properties?.['alt'];
    return typeof alt === 'string' && alt !== '' ? [{ kind: 'text', text: alt }] : [];
  }
  const kind = inline[tag];
  if (kind !== undefined) return [{ kind, children: children() }];
  if (tag === 'a') {
    const href = safeHref(node.properties?.['href']);
    return href === undefined ? children() : [{ kind: 'link', href, children: children() }];
  }
  if (tag === 'ul' || tag === 'ol') return [{ kind: 'list', ordered: tag === 'ol', children: children() }];
  if (tag === 'li') return [{ kind: 'list-item', children: children() }];
  if (blocks.has(tag)) {
    const inner = children();
    return [{ kind: 'paragraph', children: /^h\d$/.test(tag) ? [{ kind: 'strong', children: inner }] : inner }];
  }
  return children();
}

/**
 * An HTML quiz text as safe parts: formatting, lists, paragraphs and safe links are kept, every other
 * tag is unwrapped to its text, scripts and styles are dropped. `keepLineBreaks` (Moodle's
 * auto-format) turns each newline into a line break.
 */
export function htmlToRich(html: string, keepLineBreaks = false): RichNode[] {
  return convert(htmlToHast(html) as unknown as HtmlNode, keepLineBreaks);
}
