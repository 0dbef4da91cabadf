/**
 * Quiz text as a small tree of safe parts. Quiz texts (markdown, html, plain or Moodle auto-format)
 * are turned into this tree at build time and rendered by Astro, which escapes every string, so no
 * quiz text ever reaches the page as raw HTML and the browser never parses one.
 */
export type RichNode =
  | { kind: 'text'; text: string }
  /** A run of five or more underscores: the blank of a "missing word" question. */
  | { kind: 'blank' }
  | { kind: 'break' }
  | { kind: 'strong' | 'em' | 'del' | 'code' | 'sub' | 'sup'; children: RichNode[] }
  /** A link whose address is http(s), mailto or on this site; other links keep only their text. */
  | { kind: 'link'; href: string; children: RichNode[] }
  | { kind: 'paragraph' | 'list-item'; children: RichNode[] }
  | { kind: 'list'; ordered: boolean; children: RichNode[] };

const blankRun = /_{5,}/;

/** Text nodes for `text`, with each run of five or more underscores as a blank. */
export function textWithBlanks(text: string): RichNode[] {
  return text.split(/(_{5,})/).flatMap((part): RichNode[] => {
    if (part === '') return [];
    return blankRun.test(part) ? [{ kind: 'blank' }] : [{ kind: 'text', text: part }];
  });
}

/** The address a link may keep: http(s), mailto, site-relative or a fragment; undefined for anything else. */
export function safeHref(href: unknown): string | undefined {
  if (typeof href !== 'string') return undefined;
  const trimmed = href.trim();
  if (/^(https?:|mailto:)/i.test(trimmed)) return trimmed;
  // No scheme at all (nothing like "javascript:" before the first / ? or #) means a relative address.
  if (trimmed !== '' && !trimmed.startsWith('//') && !/^[^/?#]*:/.test(trimmed)) return trimmed;
  return undefined;
}

/** The words of a tree, for places that take text only (select options, aria-labels). */
export function plainText(nodes: readonly RichNode[]): string {
  return nodes
    .map((node) => {
      switch (node.kind) {
        case 'text':
          return node.text;
        case 'blank':
          return '_____';
        case 'break':
          return ' ';
        case 'paragraph':
        case 'list-item':
          return `${plainText(node.children)} `;
        default:
          return plainText(node.children);
      }
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
