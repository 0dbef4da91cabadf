import { localizePath } from '~/lib/i18n/locales';
import type { Quiz } from '~/lib/quiz/schema/quiz.schema';
import type { SearchDoc } from '~/lib/search/search-doc';
import { quizPlainText } from './quiz-text';
import { fillTemplate } from './fill-template';
import { searchStrings } from './strings';

/**
 * One doc per quiz question, linking to the question on its module's quiz page
 * (`/modules/<module>/quiz/#q-<id>`): titled with the quiz title and the question's number in the
 * file, the body is the prompt and the explanation.
 */
export function quizDocs(quizzes: readonly Quiz[], locale: 'zh-Hant' | 'en'): SearchDoc[] {
  const side = locale === 'en' ? 'en' : 'zh';
  const t = searchStrings.for(locale);
  return [...quizzes]
    .sort((a, b) => (a.module < b.module ? -1 : a.module > b.module ? 1 : 0))
    .flatMap((quiz) =>
      quiz.questions.map((question, index): SearchDoc => ({
        id: localizePath(locale, `/modules/${quiz.module}/quiz/#q-${question.id}`),
        locale,
        type: 'quiz',
        title: fillTemplate(t('doc.quizQuestion'), { title: quiz.title[side], number: index + 1 }),
        body: [question.prompt[side], question.explanation[side]]
          .map((text) => quizPlainText(text, question.format).trim())
          .join('\n'),
      })),
    );
}
