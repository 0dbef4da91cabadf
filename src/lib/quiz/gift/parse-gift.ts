import type { GiftItem } from './gift-question';
import { parseGiftQuestion } from './parse-gift-question';
import { splitGiftBlocks, type GiftLine } from './split-gift-blocks';

/** A block of a GIFT file that held only comments (e.g. a header). */
export interface GiftCommentBlock {
  comments: GiftLine[];
}

/** Everything in a GIFT file, in file order. */
export interface ParsedGift {
  /** Categories, questions, unsupported questions and syntax errors, each with its line. */
  items: GiftItem[];
  /** Comment-only blocks, in file order. */
  commentBlocks: GiftCommentBlock[];
}

/**
 * Parses a Moodle GIFT file. Never throws: a question that cannot be read becomes an `error` item with
 * its line, an essay or description an `unsupported` item, so nothing is dropped silently.
 */
export function parseGift(text: string): ParsedGift {
  const items: GiftItem[] = [];
  const commentBlocks: GiftCommentBlock[] = [];
  let category: string | undefined;
  for (const block of splitGiftBlocks(text)) {
    if (block.content.length === 0) {
      commentBlocks.push({ comments: block.comments });
      continue;
    }
    const item = parseGiftQuestion(block.content, block.comments, category);
    if (item.item === 'category') category = item.category;
    items.push(item);
  }
  return { items, commentBlocks };
}
