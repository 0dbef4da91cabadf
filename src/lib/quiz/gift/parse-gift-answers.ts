import type { GiftChoice, GiftNumericAnswer, GiftPair, GiftShortAnswer } from './gift-question';
import { GiftSyntaxError, giftText, type GiftSource } from './gift-source';

/** A piece of an answer block starting at one of its marker characters. */
interface Piece {
  marker: string;
  body: string;
  line: number;
}

/** Splits an answer block at every marker character; text before the first marker is an error. */
function splitAnswers(src: GiftSource, body: string, offset: number, markers: string, example: string): Piece[] {
  const pieces: Piece[] = [];
  let start = -1;
  for (let index = 0; index <= body.length; index += 1) {
    const char = body[index];
    if (index < body.length && !markers.includes(char ?? '')) continue;
    if (start < 0 && body.slice(0, index).trim() !== '') {
      const leadStart = body.length - body.trimStart().length;
      throw new GiftSyntaxError(
        src.lineAt(offset + leadStart),
        `text "${giftText(body.slice(0, index)) ?? ''}" before the first answer — start each answer with ${example}`,
      );
    }
    if (start >= 0)
      pieces.push({ marker: body[start] ?? '', body: body.slice(start + 1, index), line: src.lineAt(offset + start) });
    start = index;
  }
  return pieces;
}

/** `%50%text#feedback` → weight, text and feedback. */
function weighted(piece: Piece): { weight?: number; text: string; feedback?: string } {
  const match = /^\s*%(-?\d+(?:\.\d+)?)%/.exec(piece.body);
  const rest = match ? piece.body.slice(match[0].length) : piece.body;
  const hash = rest.indexOf('#');
  const text = giftText(hash < 0 ? rest : rest.slice(0, hash)) ?? '';
  const feedback = hash < 0 ? undefined : giftText(rest.slice(hash + 1));
  return {
    ...(match?.[1] !== undefined && { weight: Number(match[1]) }),
    text,
    ...(feedback !== undefined && { feedback }),
  };
}

function requireText(piece: Piece, text: string): void {
  if (text === '')
    throw new GiftSyntaxError(
      piece.line,
      `an answer after "${piece.marker}" is empty — write its text or remove the "${piece.marker}"`,
    );
}

/** `{=right ~wrong ~%50%half}`. */
export function parseChoices(src: GiftSource, body: string, offset: number): GiftChoice[] {
  return splitAnswers(src, body, offset, '~=', '~ or =').map((piece) => {
    const answer = weighted(piece);
    requireText(piece, answer.text);
    return { line: piece.line, correct: piece.marker === '=', ...answer };
  });
}

/** `{=answer =%50%other#feedback}`. */
export function parseShortAnswers(src: GiftSource, body: string, offset: number): GiftShortAnswer[] {
  return splitAnswers(src, body, offset, '=', '=').map((piece) => {
    const answer = weighted(piece);
    requireText(piece, answer.text);
    return { line: piece.line, ...answer };
  });
}

/** `{=Canada -> Ottawa = -> distractor}`. Matching pairs carry no feedback in GIFT. */
export function parsePairs(src: GiftSource, body: string, offset: number): GiftPair[] {
  return splitAnswers(src, body, offset, '=', '=').map((piece) => {
    const arrow = piece.body.indexOf('->');
    if (arrow < 0)
      throw new GiftSyntaxError(
        piece.line,
        `matching pair "${giftText(piece.body) ?? ''}" has no "->" — write =prompt -> answer`,
      );
    if (piece.body.includes('#'))
      throw new GiftSyntaxError(
        piece.line,
        'matching pairs cannot have feedback (#) in GIFT — remove it or escape it as \\#',
      );
    const answer = giftText(piece.body.slice(arrow + 2)) ?? '';
    requireText(piece, answer);
    return { line: piece.line, prompt: giftText(piece.body.slice(0, arrow)) ?? '', answer };
  });
}

const numberPattern = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

function parseNumber(text: string, line: number, what: string): number {
  const trimmed = text.trim();
  if (!numberPattern.test(trimmed))
    throw new GiftSyntaxError(line, `${what} "${trimmed}" is not a number — write e.g. 3.14, 1822:5 or 1..5`);
  return Number(trimmed);
}

function numericAnswer(line: number, raw: string): Omit<GiftNumericAnswer, 'line' | 'weight' | 'feedback'> {
  const range = /^(.*)\.\.(.*)$/.exec(raw);
  if (range)
    return {
      min: parseNumber(range[1] ?? '', line, 'range start'),
      max: parseNumber(range[2] ?? '', line, 'range end'),
    };
  const colon = raw.indexOf(':');
  if (colon < 0) return { value: parseNumber(raw, line, 'value') };
  return {
    value: parseNumber(raw.slice(0, colon), line, 'value'),
    tolerance: parseNumber(raw.slice(colon + 1), line, 'tolerance'),
  };
}

/** `{#3.14:0.01}`, `{#1..5}` or `{# =1822:0 =%50%1822:2#feedback}` (the body after the `#`). */
export function parseNumericAnswers(src: GiftSource, body: string, offset: number): GiftNumericAnswer[] {
  const pieces = body.includes('=')
    ? splitAnswers(src, body, offset, '=', '=')
    : [{ marker: '#', body, line: src.lineAt(offset) }];
  return pieces.map((piece) => {
    const { weight, text, feedback } = weighted(piece);
    if (text === '')
      throw new GiftSyntaxError(piece.line, 'a numeric answer is empty — write a number, value:tolerance or min..max');
    return {
      line: piece.line,
      ...(weight !== undefined && { weight }),
      ...numericAnswer(piece.line, text),
      ...(feedback !== undefined && { feedback }),
    };
  });
}
