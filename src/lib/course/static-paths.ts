import { locales, type Locale, paramFromLocale } from '../i18n/locales';
import { type CourseLesson, type CourseModule, loadCourse } from './load-course';

/** Props of a module page. */
export interface ModulePageProps {
  locale: Locale;
  course: CourseModule[];
  module: CourseModule;
}

/** Props of a lesson page. */
export interface LessonPageProps extends ModulePageProps {
  lesson: CourseLesson;
}

/** getStaticPaths of the module pages: one per module in each language. */
export async function moduleStaticPaths() {
  const paths = await Promise.all(
    locales.map(async (locale) => {
      const course = await loadCourse(locale);
      return course.map((module) => ({
        params: { locale: paramFromLocale(locale), module: module.slug },
        props: { locale, course, module } satisfies ModulePageProps,
      }));
    }),
  );
  return paths.flat();
}

/** getStaticPaths of the lesson pages: /modules/<module>/<lesson slug>/ in each language. */
export async function lessonStaticPaths() {
  const modules = await moduleStaticPaths();
  return modules.flatMap(({ params, props }) =>
    props.module.lessons.map((lesson) => ({
      params: { ...params, lesson: lesson.slug },
      props: { ...props, lesson } satisfies LessonPageProps,
    })),
  );
}
