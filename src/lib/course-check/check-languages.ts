import { AUTHORED_LANGUAGES, lessonDirPath, lessonPath, modulePath, otherLanguage } from './content-layout';
import type { CourseDocs, ModuleDoc } from './course-docs';
import { FILE_START, problemAt, type CourseProblem } from './course-problem';

/** Every module and lesson exists in both zh-Hant and en, under the same file name. */
export function checkTranslations({ layout, modules, lessons }: CourseDocs): CourseProblem[] {
  const problems: CourseProblem[] = [];
  const has = (lang: string, slug: string) => modules.some((doc) => doc.lang === lang && doc.slug === slug);
  for (const doc of modules) {
    const other = otherLanguage(doc.lang);
    if (has(other, doc.slug)) continue;
    problems.push(
      problemAt(
        doc.path,
        FILE_START,
        `module "${doc.slug}" has no ${other} version`,
        `create ${modulePath(layout, other, doc.slug)} and its lessons in ${lessonDirPath(layout, other, doc.slug)}, translating the ${doc.lang} ones`,
      ),
    );
  }
  for (const lesson of lessons) {
    const other = otherLanguage(lesson.lang);
    // A lesson of a module missing in the other language is covered by the module's problem.
    if (!has(lesson.lang, lesson.module) || !has(other, lesson.module)) continue;
    const siblings = lessons.filter((doc) => doc.lang === other && doc.module === lesson.module);
    if (siblings.some((doc) => doc.fileName === lesson.fileName)) continue;
    const renamed = siblings.find(
      (doc) =>
        doc.order === lesson.order &&
        !lessons.some(
          (mine) => mine.lang === lesson.lang && mine.module === lesson.module && mine.fileName === doc.fileName,
        ),
    );
    if (renamed) {
      // Report a renamed pair once, on the en side (zh-Hant is the source).
      if (lesson.lang === 'en') {
        problems.push(
          problemAt(
            lesson.path,
            FILE_START,
            `lesson file name differs between languages: zh-Hant has ${renamed.fileName}`,
            'use the same NN-slug.mdx in both languages (rename one of them)',
          ),
        );
      }
      continue;
    }
    problems.push(
      problemAt(
        lesson.path,
        FILE_START,
        `lesson "${lesson.fileName.replace(/\.mdx$/, '')}" of module "${lesson.module}" has no ${other} version`,
        `create ${lessonPath(layout, other, lesson.module, lesson.fileName)}, translating this lesson`,
      ),
    );
  }
  return problems;
}

/** The structural fields of a module (order, minutes, prerequisites, dimension) are the same in both languages. */
export function checkModuleConsistency(
  modules: readonly ModuleDoc[],
  knownSlugs: ReadonlySet<string>,
): CourseProblem[] {
  const problems: CourseProblem[] = [];
  const [source, translation] = AUTHORED_LANGUAGES;
  for (const doc of modules.filter((candidate) => candidate.lang === translation)) {
    const original = modules.find((candidate) => candidate.lang === source && candidate.slug === doc.slug);
    if (!doc.data || !original?.data || !doc.frontmatter) continue;
    const fields = {
      order: [doc.data.order, original.data.order],
      minutes: [doc.data.minutes, original.data.minutes],
      dimension: [doc.data.dimension ?? '', original.data.dimension ?? ''],
      prerequisites: [
        [...doc.data.prerequisites].sort().join(', '),
        [...original.data.prerequisites].sort().join(', '),
      ],
    } as const;
    // Unknown prerequisites are reported on their own; comparing them too would say the same twice.
    const allKnown = [...doc.data.prerequisites, ...original.data.prerequisites].every((slug) => knownSlugs.has(slug));
    for (const [field, [mine, theirs]] of Object.entries(fields)) {
      if (mine === theirs || (field === 'prerequisites' && !allKnown)) continue;
      const shown = field === 'prerequisites' ? `[${String(theirs)}]` : theirs === '' ? 'none' : String(theirs);
      problems.push(
        problemAt(
          doc.path,
          doc.frontmatter.placeOf([field]),
          `${field} differs from the ${source} version (${shown})`,
          `use the same ${field} in both languages; ${source} is the source`,
        ),
      );
    }
  }
  return problems;
}
