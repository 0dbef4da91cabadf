import type { QuestionInput } from '../schema/question.schema';
import type { Language } from '../schema/text.schema';
import { creditFromPercent } from './credit-percent';
import type { GiftQuestion } from './gift-question';
import type { GiftQuestionMeta } from './gift-meta.schema';
import type { GiftProblem } from './gift-problem';
import { importMultichoice } from './import-multichoice';
import { oneSide } from './one-side';

/** A question converted from GIFT in one language, and what the conversion noticed. */
export interface ImportedQuestion {
  question: QuestionInput;
  problems: GiftProblem[];
}

const feedbackOf = (lang: Language, text: string | undefined) =>
  text === undefined ? {} : { feedback: oneSide(lang, text) };

/** Credit from a GIFT weight; negative weights only make sense in multiple response, so they are errors here. */
function creditOf(weight: number | undefined, line: number, problems: GiftProblem[]): { credit?: number } {
  if (weight === undefined || weight === 100) return {};
  if (weight < 0)
    problems.push({
      line,
      severity: 'error',
      message: `negative weight ${weight}% — the course never subtracts points here; use 0% or remove the weight`,
    });
  return { credit: creditFromPercent(Math.max(0, weight)) };
}

/**
 * Converts a GIFT question to our question with `lang` filled in. `meta` (from an export's `// @meta`
 * line) restores the type, ids, section and concepts; without it they get defaults for the author to fill in.
 */
export function giftToQuestion(
  gift: GiftQuestion,
  lang: Language,
  id: string,
  meta?: GiftQuestionMeta,
): ImportedQuestion {
  const problems: GiftProblem[] = [];
  const base = {
    id,
    section: meta?.section ?? '',
    concepts: meta?.concepts ?? [],
    ...(gift.format !== 'markdown' && { format: gift.format ?? 'moodle' }),
    prompt: oneSide(lang, gift.text),
    explanation: oneSide(lang, gift.generalFeedback ?? ''),
  };
  const done = (question: QuestionInput): ImportedQuestion => {
    if (meta !== undefined && meta.type !== question.type) {
      problems.push({
        line: gift.line,
        severity: 'error',
        message: `the // @meta line says type ${meta.type} but the GIFT answers make a ${question.type} question — edit both alike or delete the @meta line`,
      });
    }
    return { question, problems: problems.map((problem) => ({ ...problem, questionId: id })) };
  };
  switch (gift.kind) {
    case 'multichoice':
      return done({ ...base, ...importMultichoice(gift.choices, lang, meta?.options, problems) });
    case 'truefalse': {
      const right = gift.feedbackRight === undefined ? undefined : oneSide(lang, gift.feedbackRight);
      const wrong = gift.feedbackWrong === undefined ? undefined : oneSide(lang, gift.feedbackWrong);
      const ifTrue = gift.answer ? right : wrong;
      const ifFalse = gift.answer ? wrong : right;
      return done({
        ...base,
        type: 'truefalse',
        answer: gift.answer,
        ...(ifTrue && { feedbackIfTrue: ifTrue }),
        ...(ifFalse && { feedbackIfFalse: ifFalse }),
      });
    }
    case 'match': {
      if (meta?.type === 'ordering') {
        if (gift.pairs.some((pair, index) => pair.prompt !== String(index + 1))) {
          problems.push({
            line: gift.line,
            severity: 'error',
            message:
              'an exported ordering question must keep its prompts 1, 2, 3 … in order — move the answers instead',
          });
        }
        return done({ ...base, type: 'ordering', items: gift.pairs.map((pair) => oneSide(lang, pair.answer)) });
      }
      const pairs = gift.pairs.filter((pair) => pair.prompt !== '');
      const distractors = gift.pairs.filter((pair) => pair.prompt === '').map((pair) => oneSide(lang, pair.answer));
      return done({
        ...base,
        type: 'matching',
        pairs: pairs.map((pair) => ({ prompt: oneSide(lang, pair.prompt), answer: oneSide(lang, pair.answer) })),
        ...(distractors.length > 0 && { distractors }),
      });
    }
    case 'shortanswer':
      return done({
        ...base,
        type: 'short',
        answers: gift.answers.map((answer) => ({
          text: oneSide(lang, answer.text),
          ...creditOf(answer.weight, answer.line, problems),
          ...feedbackOf(lang, answer.feedback),
        })),
      });
    case 'numerical':
      return done({
        ...base,
        type: 'numeric',
        answers: gift.answers.map(({ line, weight, feedback, ...range }) => ({
          ...range,
          ...creditOf(weight, line, problems),
          ...feedbackOf(lang, feedback),
        })),
      });
  }
}
