import type { Quiz } from '~/lib/quiz/schema/quiz.schema';

/**
 * The quiz as the browser grades it: the whole file minus the explanations (the page already shows
 * them as HTML). Both languages stay, since a typed answer may be given in either. Explanations are
 * not part of questionContentHash, so hashes computed from this data equal the build's.
 */
export function gradingData(quiz: Quiz): Quiz {
  return {
    ...quiz,
    questions: quiz.questions.map((question) => ({ ...question, explanation: { zh: '', en: '' } })),
  };
}

/**
 * JSON that is safe inside a `<script type="application/json">` element: `<` is escaped so no text can
 * close the element, and the two line separators JavaScript once rejected are escaped too.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
