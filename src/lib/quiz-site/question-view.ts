import type { Locale } from '~/lib/i18n/locales';
import { sourceLocale } from '~/lib/i18n/translate';
import { matchingChoices } from '~/lib/quiz/grading/grade-arrangement';
import { questionContentHash } from '~/lib/quiz/progress/question-content-hash';
import type { Question } from '~/lib/quiz/schema/question.schema';
import type { Text } from '~/lib/quiz/schema/text.schema';
import type { ConceptLinkView } from './concept-links';
import { quizTextToRich } from './quiz-text-to-rich';
import { plainText, type RichNode } from './rich-text';
import { rightAnswerView, type RightAnswerView } from './right-answer-view';
import { quizStrings } from './strings';

/** An option of a single- or multiple-choice question, in file order. */
export interface ChoiceView {
  id: string;
  text: RichNode[];
  correct: boolean;
  feedback: RichNode[] | undefined;
}

/** Feedback shown when a typed answer matches accepted answer n (`choice` is "answer-<n>"). */
export interface ChoiceFeedbackView {
  choice: string;
  text: RichNode[];
}

interface QuestionViewBase {
  id: string;
  /** questionContentHash of the question as built: saved answers with another hash are flagged. */
  hash: string;
  /** The section of the paper the question tests, as written in the file, e.g. 三(四). */
  section: string;
  prompt: RichNode[];
  explanation: RichNode[];
  concepts: ConceptLinkView[];
  rightAnswer: RightAnswerView;
}

/** Everything the page renders for one question, in the page's language. */
export type QuestionView = QuestionViewBase &
  /** True/false has two options, ids "true" and "false". */
  (
    | { type: 'single' | 'multiple' | 'truefalse'; options: ChoiceView[] }
    | { type: 'short' | 'numeric'; feedback: ChoiceFeedbackView[] }
    | { type: 'matching'; prompts: RichNode[][]; choices: string[] }
    | { type: 'ordering'; items: { text: RichNode[]; plain: string }[] }
  );

/** Builds a question's view: texts picked for the locale and turned into safe parts, concept links looked up. */
export function questionView(
  question: Question,
  locale: Locale,
  linkConcept: (key: string) => ConceptLinkView,
): QuestionView {
  const side = sourceLocale(locale) === 'en' ? 'en' : 'zh';
  const t = quizStrings.for(locale);
  const rich = (text: Text) => quizTextToRich(text[side], question.format);
  const optionalRich = (text: Text | undefined) => (text === undefined ? undefined : rich(text));
  const base: QuestionViewBase = {
    id: question.id,
    hash: questionContentHash(question),
    section: question.section,
    prompt: rich(question.prompt),
    explanation: rich(question.explanation),
    concepts: question.concepts.map(linkConcept),
    rightAnswer: rightAnswerView(question, locale, rich),
  };
  const feedbackOf = (entries: [string, Text | undefined][]): ChoiceFeedbackView[] =>
    entries.flatMap(([choice, text]) => (text === undefined ? [] : [{ choice, text: rich(text) }]));
  switch (question.type) {
    case 'single':
    case 'multiple':
      return {
        ...base,
        type: question.type,
        options: question.options.map((option) => ({
          id: option.id,
          text: rich(option.text),
          correct: option.correct,
          feedback: optionalRich(option.feedback),
        })),
      };
    case 'truefalse':
      return {
        ...base,
        type: 'truefalse',
        options: ([true, false] as const).map((value) => ({
          id: String(value),
          text: [{ kind: 'text', text: t(value ? 'question.true' : 'question.false') }],
          correct: question.answer === value,
          feedback: optionalRich(value ? question.feedbackIfTrue : question.feedbackIfFalse),
        })),
      };
    case 'short':
    case 'numeric':
      return {
        ...base,
        type: question.type,
        feedback: feedbackOf(question.answers.map((answer, index) => [`answer-${String(index)}`, answer.feedback])),
      };
    case 'matching':
      return {
        ...base,
        type: 'matching',
        prompts: question.pairs.map((pair) => rich(pair.prompt)),
        choices: matchingChoices(question).map((choice) => plainText(rich(choice))),
      };
    case 'ordering':
      return {
        ...base,
        type: 'ordering',
        items: question.items.map((item) => {
          const text = rich(item);
          return { text, plain: plainText(text) };
        }),
      };
  }
}
