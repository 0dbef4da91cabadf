import { protectGiftEscapes, restoreGiftEscapes } from './gift-escape';
import type { GiftLine } from './split-gift-blocks';

/** A block's text with escapes protected, and a way back from an offset in it to a file line. */
export interface GiftSource {
  text: string;
  lineAt(offset: number): number;
}

/** Joins a block's content lines (escapes protected line by line, so offsets still map to lines). */
export function giftSource(content: readonly GiftLine[]): GiftSource {
  const starts: number[] = [];
  let length = 0;
  const parts = content.map((line) => {
    const part = protectGiftEscapes(line.text);
    starts.push(length);
    length += part.length + 1;
    return part;
  });
  return {
    text: parts.join('\n'),
    lineAt(offset) {
      let index = 0;
      while (index + 1 < starts.length && (starts[index + 1] ?? Infinity) <= offset) index += 1;
      return content[index]?.line ?? content[0]?.line ?? 1;
    },
  };
}

/** Thrown while parsing one question; the question is reported with this line and message and skipped. */
export class GiftSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'GiftSyntaxError';
  }
}

/** Protected text → the text it stands for, trimmed; undefined when empty. */
export function giftText(raw: string): string | undefined {
  const text = restoreGiftEscapes(raw.trim());
  return text === '' ? undefined : text;
}
