/** A line of a GIFT file with its 1-based number. */
export interface GiftLine {
  line: number;
  text: string;
}

/** Lines between blank lines: one question, category or comment group. */
export interface GiftBlock {
  /** The non-comment lines, as written. */
  content: GiftLine[];
  /** The `//` comment lines, with the slashes and surrounding space removed. */
  comments: GiftLine[];
}

/** Splits a GIFT file at blank lines, as Moodle does, separating `//` comment lines from content. */
export function splitGiftBlocks(text: string): GiftBlock[] {
  const blocks: GiftBlock[] = [];
  let current: GiftBlock | undefined;
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, index) => {
      const trimmed = raw.trim();
      if (trimmed === '') {
        current = undefined;
        return;
      }
      if (current === undefined) {
        current = { content: [], comments: [] };
        blocks.push(current);
      }
      if (trimmed.startsWith('//')) current.comments.push({ line: index + 1, text: trimmed.slice(2).trim() });
      else current.content.push({ line: index + 1, text: raw });
    });
  return blocks;
}
