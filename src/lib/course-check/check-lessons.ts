import { lessonPath, modulePath, RESERVED_LESSON_SLUGS } from './content-layout';
import type { CourseDocs } from './course-docs';
import { FILE_START, problemAt, type CourseProblem } from './course-problem';
import { didYouMean } from './suggest';

/** How many lessons a module has: two to four. */
export const LESSONS_PER_MODULE = { min: 2, max: 4 } as const;

/** Each lesson belongs to a module; each module has 2–4 lessons with distinct numbers and slugs. */
export function checkLessons(
  { layout, modules, lessons }: CourseDocs,
  knownSlugs: ReadonlySet<string>,
): CourseProblem[] {
  const problems: CourseProblem[] = [];
  for (const lesson of lessons.filter((doc) => !knownSlugs.has(doc.module))) {
    problems.push(
      problemAt(
        lesson.path,
        FILE_START,
        `lesson folder "${lesson.module}" names no module`,
        `create ${modulePath(layout, lesson.lang, lesson.module)}, or move the lesson into the folder of an existing module${didYouMean(lesson.module, [...knownSlugs])}`,
      ),
    );
  }
  for (const module of modules) {
    const own = lessons
      .filter((doc) => doc.lang === module.lang && doc.module === module.slug)
      .sort((a, b) => a.order - b.order || (a.slug < b.slug ? -1 : 1));
    const { min, max } = LESSONS_PER_MODULE;
    if (own.length < min || own.length > max) {
      const count = own.length === 0 ? 'no lessons' : own.length === 1 ? '1 lesson' : `${own.length} lessons`;
      const fix =
        own.length < min
          ? `add lessons as ${lessonPath(layout, module.lang, module.slug, 'NN-slug.mdx')}`
          : 'merge lessons, or split the module into two';
      problems.push(
        problemAt(
          module.path,
          FILE_START,
          `module "${module.slug}" has ${count} in ${module.lang}; a module has ${min} to ${max}`,
          fix,
        ),
      );
    }
    own.forEach((lesson, index) => {
      const earlier = own.slice(0, index);
      const sameOrder = earlier.find((doc) => doc.order === lesson.order);
      const sameSlug = earlier.find((doc) => doc.slug === lesson.slug);
      if (sameOrder) {
        problems.push(
          problemAt(
            lesson.path,
            FILE_START,
            `lesson number ${lesson.fileName.slice(0, 2)} is used twice in module "${module.slug}" (also ${sameOrder.fileName})`,
            'renumber the lessons 01, 02, … so each has its own number',
          ),
        );
      }
      if (sameSlug) {
        problems.push(
          problemAt(
            lesson.path,
            FILE_START,
            `duplicate lesson slug "${lesson.slug}" in module "${module.slug}" (also ${sameSlug.fileName}): both would be /modules/${module.slug}/${lesson.slug}/`,
            'give this lesson a slug of its own',
          ),
        );
      }
      if ((RESERVED_LESSON_SLUGS as readonly string[]).includes(lesson.slug)) {
        problems.push(
          problemAt(
            lesson.path,
            FILE_START,
            `lesson slug "${lesson.slug}" is taken by the page /modules/${module.slug}/${lesson.slug}/`,
            'give the lesson another slug',
          ),
        );
      }
    });
  }
  return problems;
}

/** No two modules of a language share an `order`. */
export function checkModuleOrder({ modules }: CourseDocs): CourseProblem[] {
  const problems: CourseProblem[] = [];
  const sorted = [...modules].sort((a, b) => (a.slug < b.slug ? -1 : 1));
  sorted.forEach((doc, index) => {
    const other = sorted
      .slice(0, index)
      .find((candidate) => candidate.lang === doc.lang && candidate.data && candidate.data.order === doc.data?.order);
    if (!other || !doc.data) return;
    problems.push(
      problemAt(
        doc.path,
        doc.frontmatter?.placeOf(['order']) ?? FILE_START,
        `duplicate order ${doc.data.order}: module "${other.slug}" has it too`,
        'give each module its own order (1, 2, …)',
      ),
    );
  });
  return problems;
}
