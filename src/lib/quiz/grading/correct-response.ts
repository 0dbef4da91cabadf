import type { Question } from '../schema/question.schema';
import type { Response } from '../schema/response.schema';

/** A response that earns full credit, e.g. for a "show the answer" button or for tests. */
export function correctResponse(question: Question): Response {
  switch (question.type) {
    case 'single':
      return { type: 'single', choice: question.options.find((option) => option.correct)?.id ?? null };
    case 'multiple':
      return {
        type: 'multiple',
        choices: question.options.filter((option) => option.correct).map((option) => option.id),
      };
    case 'truefalse':
      return { type: 'truefalse', answer: question.answer };
    case 'matching':
      return { type: 'matching', matches: question.pairs.map((_, index) => index) };
    case 'ordering':
      return { type: 'ordering', order: question.items.map((_, index) => index) };
    case 'short':
      return { type: 'short', text: question.answers.find((answer) => answer.credit === 1)?.text.zh ?? '' };
    case 'numeric': {
      const answer = question.answers.find((candidate) => candidate.credit === 1);
      return { type: 'numeric', text: String(answer?.value ?? answer?.min ?? '') };
    }
  }
}
