import type { QuestionInput } from '../schema/question.schema';
import type { Language } from '../schema/text.schema';
import { creditFromPercent } from './credit-percent';
import type { GiftChoice } from './gift-question';
import type { GiftProblem } from './gift-problem';
import { oneSide } from './one-side';

type ChoiceFields<T extends 'single' | 'multiple'> = Pick<Extract<QuestionInput, { type: T }>, 'type' | 'options'>;

const letterId = (index: number) => (index < 26 ? String.fromCharCode(97 + index) : `o${index + 1}`);

/**
 * A GIFT multiple-choice answer block as our single or multiple question. As in Moodle, a block with an
 * `=` answer is single choice; one with only `~` answers (and % weights) is multiple response.
 */
export function importMultichoice(
  choices: readonly GiftChoice[],
  lang: Language,
  optionIds: readonly string[] | undefined,
  problems: GiftProblem[],
): ChoiceFields<'single'> | ChoiceFields<'multiple'> {
  const line = choices[0]?.line ?? 0;
  if (optionIds !== undefined && optionIds.length !== choices.length) {
    problems.push({
      line,
      severity: 'error',
      message: `the // @meta line lists ${optionIds.length} option ids but there are ${choices.length} answers — edit both alike`,
    });
  }
  const common = (choice: GiftChoice, index: number) => ({
    id: optionIds?.[index] ?? letterId(index),
    text: oneSide(lang, choice.text),
  });
  const feedback = (choice: GiftChoice) =>
    choice.feedback === undefined ? {} : { feedback: oneSide(lang, choice.feedback) };
  if (choices.some((choice) => choice.correct)) {
    return {
      type: 'single',
      options: choices.map((choice, index) => {
        const weight = choice.weight ?? (choice.correct ? 100 : 0);
        if (weight < 0)
          problems.push({
            line: choice.line,
            severity: 'error',
            message: `negative weight ${weight}% in a single-choice question — the course never subtracts points here; use 0% or remove it`,
          });
        const credit = weight > 0 && weight < 100 ? { credit: creditFromPercent(weight) } : {};
        return { ...common(choice, index), ...(weight >= 100 && { correct: true }), ...credit, ...feedback(choice) };
      }),
    };
  }
  const correctCount = choices.filter((choice) => (choice.weight ?? 0) > 0).length;
  const share = 100 / Math.max(1, correctCount);
  const differs = choices.some(
    (choice) => Math.abs((choice.weight ?? 0) - ((choice.weight ?? 0) > 0 ? share : -share)) > 0.01,
  );
  if (differs) {
    const weights = choices.map((choice) => `${choice.weight ?? 0}%`).join(', ');
    problems.push({
      line,
      severity: 'warning',
      message: `weights ${weights} are read as right (positive) or wrong (zero or negative); the course grades multiple response as max(0, (right ticked − wrong ticked) / right options)`,
    });
  }
  return {
    type: 'multiple',
    options: choices.map((choice, index) => ({
      ...common(choice, index),
      ...((choice.weight ?? 0) > 0 && { correct: true }),
      ...feedback(choice),
    })),
  };
}
