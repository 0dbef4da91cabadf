import { localizePath, type Locale } from '~/lib/i18n/locales';
import type { SearchDoc } from '~/lib/search/search-doc';
import type { ComponentText } from './component-text';
import { courseEntryPlace, coursePath, type CourseEntryPlace } from './course-entry-id';
import { mdxPageText, type PageText } from './mdx-page-text';
import { pageDocs } from './page-docs';
import type { LessonEntryInput, ModuleEntryInput } from './site-search-input';

function readBody(id: string, body: string | undefined, componentText: ComponentText): PageText {
  try {
    return mdxPageText(body ?? '', componentText);
  } catch (error) {
    throw new Error(
      `${id}: the search index cannot read this entry's MDX (${error instanceof Error ? error.message : String(error)}). ` +
        'Fix the MDX; the page itself will not build either.',
      { cause: error },
    );
  }
}

interface Placed<T> {
  entry: T;
  place: CourseEntryPlace;
}

function placed<T extends { id: string }>(entries: readonly T[], locale: Locale): Placed<T>[] {
  return entries
    .map((entry) => ({ entry, place: courseEntryPlace(entry.id) }))
    .filter((item): item is Placed<T> => item.place?.locale === locale)
    .sort((a, b) => (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0));
}

/**
 * The docs of a source language's modules (summary, objectives, body) and lessons, module by module in
 * course order, each module followed by its lessons. Entries of other languages are left out.
 */
export function courseDocs(
  modules: readonly ModuleEntryInput[],
  lessons: readonly LessonEntryInput[],
  locale: 'zh-Hant' | 'en',
  componentText: ComponentText,
): SearchDoc[] {
  const lessonsByModule = Map.groupBy(placed(lessons, locale), ({ place }) => place.module);
  const orderOf = (item: Placed<ModuleEntryInput>) => item.entry.data.order ?? Number.MAX_SAFE_INTEGER;
  const lessonDocs = (module: string): SearchDoc[] =>
    (lessonsByModule.get(module) ?? []).flatMap(({ entry, place }) => {
      const text = readBody(entry.id, entry.body, componentText);
      return pageDocs({
        url: localizePath(locale, coursePath(place)),
        locale,
        type: 'lesson',
        title: entry.data.title,
        text,
      });
    });
  const docs: SearchDoc[] = [];
  for (const { entry, place } of placed(modules, locale).sort((a, b) => orderOf(a) - orderOf(b))) {
    const lead = [entry.data.summary ?? '', ...(entry.data.objectives ?? [])].join('\n');
    const text = readBody(entry.id, entry.body, componentText);
    docs.push(
      ...pageDocs({
        url: localizePath(locale, coursePath(place)),
        locale,
        type: 'module',
        title: entry.data.title,
        lead,
        text,
      }),
    );
    docs.push(...lessonDocs(place.module));
    lessonsByModule.delete(place.module);
  }
  // Lessons of a module whose own file is missing still have pages worth finding.
  for (const module of [...lessonsByModule.keys()]) docs.push(...lessonDocs(module));
  return docs;
}
