import type { Question } from '../schema/question.schema';
import type { Language, Text } from '../schema/text.schema';
import { percentFromCredit } from './credit-percent';
import type { GiftQuestion, GiftQuestionBase } from './gift-question';

const optionalText = (text: Text | undefined, lang: Language) => text?.[lang];
const withFeedback = (text: Text | undefined, lang: Language) => (text === undefined ? {} : { feedback: text[lang] });
const withWeight = (credit: number) => (credit === 1 ? {} : { weight: percentFromCredit(credit) });

/** Our question as a GIFT question in one language (title = id, general feedback = explanation). */
export function questionToGift(question: Question, lang: Language): GiftQuestion {
  const base: GiftQuestionBase = {
    line: 0,
    title: question.id,
    format: question.format,
    text: question.prompt[lang],
    generalFeedback: question.explanation[lang],
    comments: [],
  };
  switch (question.type) {
    case 'single':
      return {
        ...base,
        kind: 'multichoice',
        choices: question.options.map((option) => ({
          line: 0,
          correct: option.correct,
          ...(!option.correct &&
            option.credit !== undefined &&
            option.credit > 0 && { weight: percentFromCredit(option.credit) }),
          text: option.text[lang],
          ...withFeedback(option.feedback, lang),
        })),
      };
    case 'multiple': {
      // Moodle adds the weights of ticked options and clamps to 0..100%, which is our rule when each
      // correct option weighs +100/k and each wrong one −100/k (k = number of correct options).
      const share = 1 / question.options.filter((option) => option.correct).length;
      return {
        ...base,
        kind: 'multichoice',
        choices: question.options.map((option) => ({
          line: 0,
          correct: false,
          weight: percentFromCredit(option.correct ? share : -share),
          text: option.text[lang],
          ...withFeedback(option.feedback, lang),
        })),
      };
    }
    case 'truefalse': {
      const right = optionalText(question.answer ? question.feedbackIfTrue : question.feedbackIfFalse, lang);
      const wrong = optionalText(question.answer ? question.feedbackIfFalse : question.feedbackIfTrue, lang);
      return {
        ...base,
        kind: 'truefalse',
        answer: question.answer,
        ...(wrong !== undefined && { feedbackWrong: wrong }),
        ...(right !== undefined && { feedbackRight: right }),
      };
    }
    case 'matching':
      return {
        ...base,
        kind: 'match',
        pairs: [
          ...question.pairs.map((pair) => ({ line: 0, prompt: pair.prompt[lang], answer: pair.answer[lang] })),
          ...question.distractors.map((distractor) => ({ line: 0, prompt: '', answer: distractor[lang] })),
        ],
      };
    case 'ordering':
      return {
        ...base,
        kind: 'match',
        pairs: question.items.map((item, index) => ({ line: 0, prompt: String(index + 1), answer: item[lang] })),
      };
    case 'short':
      return {
        ...base,
        kind: 'shortanswer',
        answers: question.answers.map((answer) => ({
          line: 0,
          ...withWeight(answer.credit),
          text: answer.text[lang],
          ...withFeedback(answer.feedback, lang),
        })),
      };
    case 'numeric':
      return {
        ...base,
        kind: 'numerical',
        answers: question.answers.map((answer) => ({
          line: 0,
          ...withWeight(answer.credit),
          ...(answer.value !== undefined && { value: answer.value }),
          ...(answer.tolerance !== undefined && { tolerance: answer.tolerance }),
          ...(answer.min !== undefined && { min: answer.min }),
          ...(answer.max !== undefined && { max: answer.max }),
          ...withFeedback(answer.feedback, lang),
        })),
      };
  }
}
