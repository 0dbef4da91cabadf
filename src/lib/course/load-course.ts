import { type CollectionEntry, getCollection } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { sourceLocale } from '../i18n/translate';
import { parseLessonId, parseModuleId } from './lesson-id';
import { orderByPrerequisites } from './order-modules';
import { hasQuizFile } from './quiz-file';

/** A lesson with its place in the module. */
export interface CourseLesson {
  entry: CollectionEntry<'lessons'>;
  module: string;
  order: number;
  /** URL slug: the file name without NN-. */
  slug: string;
}

/** A module with its lessons in order and whether it has a quiz. */
export interface CourseModule {
  entry: CollectionEntry<'modules'>;
  slug: string;
  order: number;
  prerequisites: readonly string[];
  lessons: CourseLesson[];
  hasQuiz: boolean;
}

/**
 * The course in a language, modules ordered by prerequisites (ties by `order`), lessons by NN.
 * zh-Hans reads the zh-Hant files; the middleware converts the page.
 */
export async function loadCourse(locale: Locale): Promise<CourseModule[]> {
  const lang = sourceLocale(locale);
  const lessons = (await getCollection('lessons'))
    .map((entry) => ({ entry, ...parseLessonId(entry.id) }))
    .filter((lesson) => lesson.lang === lang)
    .sort((a, b) => a.order - b.order);
  const modules = (await getCollection('modules'))
    .map((entry) => ({ entry, ...parseModuleId(entry.id) }))
    .filter((module) => module.lang === lang)
    .map(({ entry, slug }) => ({
      entry,
      slug,
      order: entry.data.order,
      prerequisites: entry.data.prerequisites,
      lessons: lessons
        .filter((lesson) => lesson.module === slug)
        .map(({ entry: lessonEntry, module, order, slug: lessonSlug }) => ({
          entry: lessonEntry,
          module,
          order,
          slug: lessonSlug,
        })),
      hasQuiz: hasQuizFile(slug),
    }));
  return orderByPrerequisites(modules);
}

/** The module with a slug, or an error naming the file to create. */
export function requireModule(course: readonly CourseModule[], slug: string, locale: Locale): CourseModule {
  const module = course.find((candidate) => candidate.slug === slug);
  if (!module)
    throw new Error(
      `No module "${slug}" in ${sourceLocale(locale)}: create src/content/modules/${sourceLocale(locale)}/${slug}.mdx`,
    );
  return module;
}
