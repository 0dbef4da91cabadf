import { AUTHORED_LANGUAGES, quizPath } from './content-layout';
import type { CourseDocs } from './course-docs';
import { FILE_START, problemAt, type CourseProblem } from './course-problem';
import { didYouMean } from './suggest';

/**
 * Once src/content/quizzes/ exists, every module has its quiz (quizzes/<slug>.yaml) and every quiz's
 * `module` names the module of its file name.
 */
export function checkQuizzes(
  { layout, modules, quizzes }: CourseDocs,
  knownSlugs: ReadonlySet<string>,
): CourseProblem[] {
  if (quizzes === undefined) return [];
  const problems: CourseProblem[] = [];
  for (const slug of [...knownSlugs].sort()) {
    if (quizzes.some((quiz) => quiz.slug === slug)) continue;
    // One problem per module, on its source-language file when there is one.
    const doc = AUTHORED_LANGUAGES.map((lang) => modules.find((m) => m.lang === lang && m.slug === slug)).find(Boolean);
    if (!doc) continue;
    problems.push(
      problemAt(
        doc.path,
        FILE_START,
        `module "${slug}" has no quiz`,
        `create ${quizPath(layout, slug)} with module: ${slug} (see docs/quiz-format.md)`,
      ),
    );
  }
  for (const quiz of quizzes) {
    if (!quiz.module) continue;
    const { value, place } = quiz.module;
    if (!knownSlugs.has(value)) {
      problems.push(
        problemAt(
          quiz.path,
          place,
          `quiz names module "${value}", which does not exist`,
          `write the slug of a module${didYouMean(value, [...knownSlugs])}`,
        ),
      );
    } else if (value !== quiz.slug) {
      problems.push(
        problemAt(
          quiz.path,
          place,
          `quiz file ${quiz.slug}.yaml says module: ${value}`,
          `a module's quiz is found by its file name: ${knownSlugs.has(quiz.slug) ? `write module: ${quiz.slug}, or ` : ''}rename the file to ${value}.yaml`,
        ),
      );
    }
  }
  return problems;
}
