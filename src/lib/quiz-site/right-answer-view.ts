import type { Locale } from '~/lib/i18n/locales';
import { sourceLocale } from '~/lib/i18n/translate';
import { numericBounds } from '~/lib/quiz/schema/numeric.schema';
import type { Question } from '~/lib/quiz/schema/question.schema';
import type { Text } from '~/lib/quiz/schema/text.schema';
import { fillTemplate } from './fill-template';
import type { RichNode } from './rich-text';
import { quizStrings } from './strings';

/** The right answer as the feedback shows it after a question is answered. */
export type RightAnswerView =
  /** Options (single, multiple) or items in order (ordering). */
  | { kind: 'list'; ordered: boolean; items: RichNode[][] }
  /** Each matching prompt with its answer. */
  | { kind: 'pairs'; pairs: { prompt: RichNode[]; answer: RichNode[] }[] }
  /** A word or number (true/false, short, numeric), with other fully accepted answers. */
  | { kind: 'text'; text: string; alsoAccepted: string[] };

/** The right answer of a question in the page's language; `rich` renders a text of the question. */
export function rightAnswerView(question: Question, locale: Locale, rich: (text: Text) => RichNode[]): RightAnswerView {
  const t = quizStrings.for(locale);
  const side = sourceLocale(locale) === 'en' ? 'en' : 'zh';
  const number = (value: number) =>
    new Intl.NumberFormat(sourceLocale(locale), { maximumFractionDigits: 10 }).format(value);
  switch (question.type) {
    case 'single':
    case 'multiple':
      return {
        kind: 'list',
        ordered: false,
        items: question.options.filter((option) => option.correct).map((option) => rich(option.text)),
      };
    case 'ordering':
      return { kind: 'list', ordered: true, items: question.items.map(rich) };
    case 'matching':
      return {
        kind: 'pairs',
        pairs: question.pairs.map((pair) => ({ prompt: rich(pair.prompt), answer: rich(pair.answer) })),
      };
    case 'truefalse':
      return { kind: 'text', text: t(question.answer ? 'question.true' : 'question.false'), alsoAccepted: [] };
    case 'short': {
      const [first, ...others] = question.answers
        .filter((answer) => answer.credit === 1)
        .map((answer) => answer.text[side]);
      return { kind: 'text', text: first ?? '', alsoAccepted: others };
    }
    case 'numeric': {
      const best = question.answers.find((answer) => answer.credit === 1);
      if (best === undefined) return { kind: 'text', text: '', alsoAccepted: [] };
      const { min, max } = numericBounds(best);
      const text =
        best.value === undefined
          ? fillTemplate(t('feedback.numberRange'), { min: number(min), max: number(max) })
          : best.tolerance
            ? fillTemplate(t('feedback.numberTolerance'), {
                value: number(best.value),
                tolerance: number(best.tolerance),
              })
            : number(best.value);
      return { kind: 'text', text, alsoAccepted: [] };
    }
  }
}
