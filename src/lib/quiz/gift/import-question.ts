import type { QuestionInput } from '../schema/question.schema';
import { giftQuestionMetaSchema, type GiftLanguage } from './gift-meta.schema';
import type { GiftQuestion } from './gift-question';
import type { GiftProblem } from './gift-problem';
import { giftToQuestion } from './gift-to-question';
import { LanguageMismatchError, mergeLanguageSides } from './merge-language-sides';
import { parseGiftQuestion } from './parse-gift-question';
import { languageOfGift, otherGiftLanguage } from './quiz-to-gift';
import { findTaggedComment, readJsonComment } from './read-gift-comments';

/** An id from a Moodle question title: "Jesus' hometown" → jesus-hometown; q<n> when nothing is left. */
function idFromTitle(title: string | undefined, index: number, used: ReadonlySet<string>): string {
  const slug = (title ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const base = slug === '' ? `q${index + 1}` : slug;
  let id = base;
  for (let suffix = 2; used.has(id); suffix += 1) id = `${base}-${suffix}`;
  return id;
}

/**
 * One GIFT question as our question: the visible language from the question itself, the other from its
 * `// @<lang>` line and ids, section and concepts from its `// @meta` line, when the file has them.
 */
export function importQuestion(
  gift: GiftQuestion,
  visible: GiftLanguage,
  index: number,
  usedIds: ReadonlySet<string>,
): { question?: QuestionInput; problems: GiftProblem[] } {
  const problems: GiftProblem[] = [];
  const meta = readJsonComment(findTaggedComment(gift.comments, '@meta'), giftQuestionMetaSchema, '@meta', problems);
  const id = meta !== undefined && gift.title !== undefined ? gift.title : idFromTitle(gift.title, index, usedIds);
  const first = giftToQuestion(gift, languageOfGift[visible], id, meta);
  problems.push(...first.problems);
  const other = otherGiftLanguage[visible];
  const otherLine = findTaggedComment(gift.comments, `@${other}`);
  if (otherLine === undefined) return { question: first.question, problems };
  const parsed = parseGiftQuestion([{ line: otherLine.line, text: otherLine.rest }], []);
  if (parsed.item !== 'question') {
    const why = parsed.item === 'error' ? parsed.message : 'it is not a question';
    problems.push({
      line: otherLine.line,
      severity: 'error',
      questionId: id,
      message: `the // @${other} line cannot be read: ${why}`,
    });
    return { problems };
  }
  const second = giftToQuestion(parsed.question, languageOfGift[other], id, meta);
  problems.push(...second.problems);
  try {
    return {
      question: mergeLanguageSides(first.question, second.question, languageOfGift[other]) as QuestionInput,
      problems,
    };
  } catch (error) {
    if (!(error instanceof LanguageMismatchError)) throw error;
    problems.push({
      line: otherLine.line,
      severity: 'error',
      questionId: id,
      message: `the // @${other} line does not match the question: ${error.message} — edit both languages alike, or export again from the YAML`,
    });
    return { problems };
  }
}
