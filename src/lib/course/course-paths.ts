import { type Locale, localizePath } from '../i18n/locales';

/** The course page in a language. */
export const coursePath = (locale: Locale) => localizePath(locale, '/course/');

/** A module's page in a language. */
export const modulePagePath = (locale: Locale, module: string) => localizePath(locale, `/modules/${module}/`);

/** A lesson's page: /modules/<module>/<slug>/, the slug without its NN- prefix. */
export const lessonPagePath = (locale: Locale, module: string, slug: string) =>
  localizePath(locale, `/modules/${module}/${slug}/`);

/** A module's quiz page (built by the quiz pages). */
export const quizPagePath = (locale: Locale, module: string) => localizePath(locale, `/modules/${module}/quiz/`);
