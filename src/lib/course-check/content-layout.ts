/** The languages authors write; zh-Hans is generated from zh-Hant and is never written. */
export const AUTHORED_LANGUAGES = ['zh-Hant', 'en'] as const;
export type AuthoredLanguage = (typeof AUTHORED_LANGUAGES)[number];

/** A slug as the course uses it in file names and URLs: lowercase ASCII words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A lesson file name: two-digit order, a hyphen, the lesson slug. */
export const LESSON_FILE_PATTERN = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;

/** Lesson slugs that would collide with other pages under /modules/<slug>/. */
export const RESERVED_LESSON_SLUGS = ['quiz'] as const;

/** Where content lives, relative to the project root. */
export interface ContentLayout {
  /** The content folder, e.g. `src/content`. */
  contentDir: string;
}

/** Path of a module file. */
export const modulePath = (layout: ContentLayout, lang: string, slug: string) =>
  `${layout.contentDir}/modules/${lang}/${slug}.mdx`;

/** Path of a module's lesson folder. */
export const lessonDirPath = (layout: ContentLayout, lang: string, module: string) =>
  `${layout.contentDir}/lessons/${lang}/${module}/`;

/** Path of a lesson file, from its module and file name (NN-slug.mdx). */
export const lessonPath = (layout: ContentLayout, lang: string, module: string, fileName: string) =>
  `${layout.contentDir}/lessons/${lang}/${module}/${fileName}`;

/** Path of a module's quiz file. */
export const quizPath = (layout: ContentLayout, slug: string) => `${layout.contentDir}/quizzes/${slug}.yaml`;

/** True when `value` is a language authors write. */
export function isAuthoredLanguage(value: string): value is AuthoredLanguage {
  return (AUTHORED_LANGUAGES as readonly string[]).includes(value);
}

/** The other authored language: the one a translation of `lang` is written in. */
export function otherLanguage(lang: AuthoredLanguage): AuthoredLanguage {
  return lang === 'zh-Hant' ? 'en' : 'zh-Hant';
}
