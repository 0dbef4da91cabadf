import { escapeGift } from './gift-escape';
import type { GiftNumericAnswer, GiftQuestion } from './gift-question';
import { missingWordBlank } from './parse-gift-question';

const percent = (weight: number | undefined, textStartsWithPercent: boolean, implied: number) =>
  weight !== undefined ? `%${String(weight)}%` : textStartsWithPercent ? `%${String(implied)}%` : '';
const feedback = (text: string | undefined) => (text === undefined ? '' : `#${escapeGift(text)}`);

function numericSpec(answer: GiftNumericAnswer): string {
  if (answer.value === undefined) return `${String(answer.min)}..${String(answer.max)}`;
  return answer.tolerance === undefined ? String(answer.value) : `${String(answer.value)}:${String(answer.tolerance)}`;
}

/** The answers of a question, one string per answer, or a single inline string for compact kinds. */
function answerParts(question: GiftQuestion): { lead?: string; parts: string[]; inline: boolean } {
  switch (question.kind) {
    case 'multichoice':
      return {
        inline: false,
        parts: question.choices.map(
          (choice) =>
            `${choice.correct ? '=' : '~'}${percent(choice.weight, choice.text.startsWith('%'), choice.correct ? 100 : 0)}${escapeGift(choice.text)}${feedback(choice.feedback)}`,
        ),
      };
    case 'truefalse': {
      const wrong = question.feedbackWrong ?? (question.feedbackRight === undefined ? undefined : '');
      return {
        inline: true,
        parts: [`${question.answer ? 'TRUE' : 'FALSE'}${feedback(wrong)}${feedback(question.feedbackRight)}`],
      };
    }
    case 'match':
      return {
        inline: false,
        parts: question.pairs.map((pair) => `=${escapeGift(pair.prompt)} -> ${escapeGift(pair.answer)}`),
      };
    case 'shortanswer':
      return {
        inline: false,
        parts: question.answers.map(
          (answer) =>
            `=${percent(answer.weight, answer.text.startsWith('%'), 100)}${escapeGift(answer.text)}${feedback(answer.feedback)}`,
        ),
      };
    case 'numerical': {
      const [only, ...others] = question.answers;
      if (only !== undefined && others.length === 0 && only.weight === undefined) {
        return { inline: true, parts: [`#${numericSpec(only)}${feedback(only.feedback)}`] };
      }
      return {
        inline: false,
        lead: '#',
        parts: [
          ...question.answers.map(
            (answer) => `=${percent(answer.weight, false, 100)}${numericSpec(answer)}${feedback(answer.feedback)}`,
          ),
        ],
      };
    }
  }
}

/** Splits a question text at its missing-word blank, when text follows the blank. */
function aroundBlank(text: string): [string, string] {
  const blank = text.indexOf(missingWordBlank);
  const after = blank < 0 ? '' : text.slice(blank + missingWordBlank.length);
  return blank < 0 || after.trim() === '' ? [text, ''] : [text.slice(0, blank), after];
}

/**
 * Writes one question as GIFT. Multi-line by default (one answer per line); `oneLine` keeps it on a single
 * line, as the `// @en` comment lines need. A `_____` in the text followed by more text becomes a missing-word blank.
 */
export function serializeGiftQuestion(question: GiftQuestion, { oneLine = false } = {}): string {
  const title = question.title === undefined ? '' : `::${escapeGift(question.title)}::`;
  const format = question.format === undefined ? '' : `[${question.format}]`;
  const [before, after] = aroundBlank(question.text);
  const { lead = '', parts, inline } = answerParts(question);
  const general = question.generalFeedback === undefined ? [] : [`####${escapeGift(question.generalFeedback)}`];
  const block =
    inline || oneLine
      ? `{${[lead, ...parts, ...general].filter((part) => part !== '').join(' ')}}`
      : `{${lead}\n${[...parts, ...general].map((part) => `\t${part}`).join('\n')}\n}`;
  return `${title}${format}${escapeGift(before)}${block}${escapeGift(after)}`;
}
