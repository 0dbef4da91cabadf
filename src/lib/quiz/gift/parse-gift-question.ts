import { parseChoices, parseNumericAnswers, parsePairs, parseShortAnswers } from './parse-gift-answers';
import type { GiftFormat, GiftItem, GiftQuestion, GiftQuestionBase } from './gift-question';
import { giftSource, GiftSyntaxError, giftText, type GiftSource } from './gift-source';
import type { GiftLine } from './split-gift-blocks';

/** Moodle's blank for a "missing word" question: the answer block's place in the text. */
export const missingWordBlank = '_____';

const formats: readonly GiftFormat[] = ['moodle', 'html', 'plain', 'markdown'];
const trueFalseWords = new Set(['T', 'TRUE', 'F', 'FALSE']);

/** The answer block's kind, decided as Moodle does (qformat_gift::readquestion). */
function kindOf(answers: string): GiftQuestion['kind'] | 'essay' {
  const trimmed = answers.trim();
  if (trimmed === '') return 'essay';
  if (trimmed.startsWith('#')) return 'numerical';
  if (trimmed.includes('~')) return 'multichoice';
  if (trimmed.includes('=') && trimmed.includes('->')) return 'match';
  const head = (trimmed.split('#')[0] ?? '').trim().toUpperCase();
  return trueFalseWords.has(head) ? 'truefalse' : 'shortanswer';
}

/** Reads `::title::` and `[format]` from the start of a question; returns them and where the text begins. */
function readHeader(src: GiftSource): { title?: string; format?: GiftFormat; start: number } {
  let start = src.text.length - src.text.trimStart().length;
  let title: string | undefined;
  if (src.text.startsWith('::', start)) {
    const end = src.text.indexOf('::', start + 2);
    if (end < 0)
      throw new GiftSyntaxError(
        src.lineAt(start),
        'the title opened with "::" is not closed — write ::title:: (escape a colon in it as \\:)',
      );
    title = giftText(src.text.slice(start + 2, end));
    start = end + 2;
  }
  start += src.text.slice(start).length - src.text.slice(start).trimStart().length;
  const format = /^\[(\w+)\]/.exec(src.text.slice(start));
  const known = formats.find((candidate) => candidate === format?.[1]);
  if (format && known) start += format[0].length;
  return { ...(title !== undefined && { title }), ...(known !== undefined && { format: known }), start };
}

function parseAnswers(
  src: GiftSource,
  base: GiftQuestionBase,
  body: string,
  offset: number,
  kind: GiftQuestion['kind'],
): GiftQuestion {
  const empty = (what: string) =>
    new GiftSyntaxError(base.line, `the answer block has no ${what} — add them between { and }`);
  switch (kind) {
    case 'multichoice':
      return { ...base, kind, choices: parseChoices(src, body, offset) };
    case 'match': {
      const pairs = parsePairs(src, body, offset);
      if (pairs.length === 0) throw empty('pairs');
      return { ...base, kind, pairs };
    }
    case 'shortanswer': {
      const answers = parseShortAnswers(src, body, offset);
      if (answers.length === 0) throw empty('answers');
      return { ...base, kind, answers };
    }
    case 'numerical':
      return { ...base, kind, answers: parseNumericAnswers(src, body.replace('#', ' '), offset) };
    case 'truefalse': {
      const [head = '', wrong, right] = body.split('#');
      const feedbackWrong = giftText(wrong ?? '');
      const feedbackRight = giftText(right ?? '');
      return {
        ...base,
        kind,
        answer: head.trim().toUpperCase().startsWith('T'),
        ...(feedbackWrong !== undefined && { feedbackWrong }),
        ...(feedbackRight !== undefined && { feedbackRight }),
      };
    }
  }
}

/** Parses the content lines of one block: a category, a question, an unsupported question or an error. */
export function parseGiftQuestion(
  content: readonly GiftLine[],
  comments: GiftQuestionBase['comments'],
  category?: string,
): GiftItem {
  const line = content[0]?.line ?? 1;
  try {
    const src = giftSource(content);
    const categoryLine = /^\s*\$CATEGORY:(.*)$/.exec(content[0]?.text ?? '');
    if (categoryLine) {
      if (content.length > 1)
        throw new GiftSyntaxError(content[1]?.line ?? line, 'put a blank line after the $CATEGORY: line');
      return { item: 'category', line, category: categoryLine[1]?.trim() ?? '' };
    }
    const header = readHeader(src);
    const open = src.text.indexOf('{', header.start);
    const title = header.title === undefined ? {} : { title: header.title };
    if (open < 0) return { item: 'unsupported', line, kind: 'description', ...title };
    const close = src.text.indexOf('}', open);
    if (close < 0)
      throw new GiftSyntaxError(
        src.lineAt(open),
        'the answer block opened with "{" is not closed — add "}" (escape a literal brace as \\{)',
      );
    const nested = src.text.indexOf('{', open + 1);
    if (nested >= 0 && nested < close)
      throw new GiftSyntaxError(
        src.lineAt(nested),
        'a "{" inside the answer block — escape it as \\{ or close the block first',
      );
    if (src.text.indexOf('{', close) >= 0)
      throw new GiftSyntaxError(
        src.lineAt(src.text.indexOf('{', close)),
        'a second answer block — a question has one {…}; escape a literal brace as \\{',
      );
    const before = src.text.slice(header.start, open);
    const after = src.text.slice(close + 1);
    const text = giftText(after.trim() === '' ? before : `${before}${missingWordBlank}${after}`) ?? '';
    let answers = src.text.slice(open + 1, close);
    const general = answers.indexOf('####');
    const generalFeedback = general < 0 ? undefined : giftText(answers.slice(general + 4));
    if (general >= 0) answers = answers.slice(0, general);
    const kind = kindOf(answers);
    if (kind === 'essay') return { item: 'unsupported', line, kind: 'essay', ...title };
    const base: GiftQuestionBase = {
      line,
      ...title,
      ...(header.format !== undefined && { format: header.format }),
      text,
      ...(generalFeedback !== undefined && { generalFeedback }),
      ...(category !== undefined && { category }),
      comments: [...comments],
    };
    return { item: 'question', question: parseAnswers(src, base, answers, open + 1, kind) };
  } catch (error) {
    if (error instanceof GiftSyntaxError) return { item: 'error', line: error.line, message: error.message };
    throw error;
  }
}
