import { markdownToMdast } from 'satteri';
import { type RichNode, safeHref, textWithBlanks } from './rich-text';

// The parts of satteri's mdast that are read here.
interface MdNode {
  type: string;
  value?: unknown;
  url?: unknown;
  alt?: unknown;
  ordered?: unknown;
  children?: MdNode[];
}

const inlineKinds = { strong: 'strong', emphasis: 'em', delete: 'del' } as const;
const han = /\p{Script=Han}/u;

// A soft line break between two Chinese characters is no space at all; elsewhere it is one space.
function softBreaks(text: string): string {
  return text.replace(/\n/g, (_, offset: number) =>
    han.test(text[offset - 1] ?? '') && han.test(text[offset + 1] ?? '') ? '' : ' ',
  );
}

function convert(node: MdNode): RichNode[] {
  const children = () => (node.children ?? []).flatMap(convert);
  const value = typeof node.value === 'string' ? node.value : '';
  switch (node.type) {
    case 'text':
      return textWithBlanks(softBreaks(value));
    // Raw HTML inside markdown is shown as written: markdown quiz texts are not HTML.
    case 'html':
      return [{ kind: 'text', text: value }];
    case 'inlineCode':
    case 'code':
      return [{ kind: 'code', children: [{ kind: 'text', text: value }] }];
    case 'break':
      return [{ kind: 'break' }];
    // "_____" alone on a line parses as a rule; in a quiz it is the blank.
    case 'thematicBreak':
      return [{ kind: 'paragraph', children: [{ kind: 'blank' }] }];
    case 'strong':
    case 'emphasis':
    case 'delete':
      return [{ kind: inlineKinds[node.type], children: children() }];
    case 'link': {
      const href = safeHref(node.url);
      return href === undefined ? children() : [{ kind: 'link', href, children: children() }];
    }
    case 'image':
      return typeof node.alt === 'string' && node.alt !== '' ? [{ kind: 'text', text: node.alt }] : [];
    case 'paragraph':
    case 'heading':
    case 'blockquote':
      return [{ kind: 'paragraph', children: children() }];
    case 'list':
      return [{ kind: 'list', ordered: node.ordered === true, children: children() }];
    case 'listItem':
      return [{ kind: 'list-item', children: unwrapParagraphs(children()) }];
    default:
      return children();
  }
}

// A tight list item's text is one paragraph; showing it as a paragraph would add a gap.
function unwrapParagraphs(nodes: RichNode[]): RichNode[] {
  return nodes.length === 1 && nodes[0]?.kind === 'paragraph' ? nodes[0].children : nodes;
}

/** A markdown quiz text as safe parts (CommonMark with GFM strikethrough; raw HTML shown as text). */
export function markdownToRich(markdown: string): RichNode[] {
  return convert(markdownToMdast(markdown) as unknown as MdNode);
}
