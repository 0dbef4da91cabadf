import { loadCourse, type CourseModule } from '~/lib/course/load-course';
import { locales, paramFromLocale, type Locale } from '~/lib/i18n/locales';
import { loadSiteGraph } from '~/lib/site-graph/load-site-graph';
import { quizPageView, type QuizPageView } from './quiz-page-view';
import { quizzesByModule } from './read-quizzes';

/** Props of a quiz page. */
export interface QuizPageProps {
  locale: Locale;
  module: CourseModule;
  view: QuizPageView;
}

/**
 * getStaticPaths of /modules/<slug>/quiz/: one page per module that has a quiz file, in each language.
 * Every quiz file is validated here, so a broken one fails the build with its file:line errors.
 */
export async function quizStaticPaths() {
  const [quizzes, { graph }] = await Promise.all([quizzesByModule(), loadSiteGraph()]);
  const paths = await Promise.all(
    locales.map(async (locale) => {
      const course = await loadCourse(locale);
      return course.flatMap((module) => {
        const quiz = quizzes.get(module.slug);
        if (quiz === undefined) return [];
        return [
          {
            params: { locale: paramFromLocale(locale), module: module.slug },
            props: { locale, module, view: quizPageView(quiz, locale, graph) } satisfies QuizPageProps,
          },
        ];
      });
    }),
  );
  return paths.flat();
}
