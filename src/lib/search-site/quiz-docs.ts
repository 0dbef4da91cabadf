import { localizePath } from '~/lib/i18n/locales';
import type { Quiz } from '~/lib/quiz/schema/quiz.schema';
import type { SearchDoc } from '~/lib/search/search-doc';
import { quizPlainText } from './quiz-text';
import { fillTemplate } from './fill-template';
import { searchStrings } from './strings';

/**
 * One doc per quiz question, linking to the question on its module's quiz page
 * (`/modules/<module>/quiz/#q-<id>`): titled with the quiz title and the start of the prompt (not a
 * number: the quiz page shuffles and numbers questions per attempt); the body is the prompt and the explanation.
 */
export function quizDocs(quizzes: readonly Quiz[], locale: 'zh-Hant' | 'en'): SearchDoc[] {
  const side = locale === 'en' ? 'en' : 'zh';
  const t = searchStrings.for(locale);
  return [...quizzes]
    .sort((a, b) => (a.module < b.module ? -1 : a.module > b.module ? 1 : 0))
    .flatMap((quiz) =>
      quiz.questions.map((question): SearchDoc => ({
        id: localizePath(locale, `/modules/${quiz.module}/quiz/#q-${question.id}`),
        locale,
        type: 'quiz',
        title: fillTemplate(t('doc.quizQuestion'), {
          title: quiz.title[side],
          prompt: excerpt(quizPlainText(question.prompt[side], question.format), 40),
        }),
        body: [question.prompt[side], question.explanation[side]]
          .map((text) => quizPlainText(text, question.format).trim())
          .join('\n'),
      })),
    );
}

function excerpt(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length).trimEnd()}…`;
}
