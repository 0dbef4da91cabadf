import { siteConfig } from '../../site.config';
import { checkComponents } from './check-components';
import { checkModuleConsistency, checkTranslations } from './check-languages';
import { checkLessons, checkModuleOrder } from './check-lessons';
import { checkPrerequisiteCycles, checkUnknownPrerequisites } from './check-prerequisites';
import { checkQuizContent } from './check-quiz-content';
import { checkQuizzes } from './check-quizzes';
import { checkDimension, checkReferences, type ReferenceContext } from './check-references';
import type { CourseDocs } from './course-docs';
import { FILE_START, problemAt, sortCourseProblems, type CourseProblem } from './course-problem';
import { readGraphKeys } from './graph-keys';
import { parseCourseDocs } from './parse-course-docs';
import { readCourseFiles, readGraphFiles } from './read-course-files';

/** Where the check reads from. Paths are relative to `root` and are shown that way in problems. */
export interface CourseCheckOptions {
  /** The project root; default the working directory. */
  root?: string;
  /** The content folder; default src/content. */
  contentDir?: string;
  /** The graph exports; default the site's (siteConfig.graphExports). */
  graphFiles?: readonly string[];
}

/** What the check found. */
export interface CourseCheckResult {
  /** Every problem, in file, line and column order; none means the course is sound. */
  problems: CourseProblem[];
  /** What was checked, for the summary line. */
  counts: { modules: number; lessons: number; quizzes: number };
}

/** Runs every course check on the files on disk. */
export function checkCourse(options: CourseCheckOptions = {}): CourseCheckResult {
  const root = options.root ?? process.cwd();
  const contentDir = options.contentDir ?? 'src/content';
  const graphFiles = options.graphFiles ?? siteConfig.graphExports;
  const files = readCourseFiles(root, contentDir);
  const { docs, problems } = parseCourseDocs({ contentDir }, files.content, files.quizzes);
  const exports = readGraphFiles(root, graphFiles);
  for (const { file } of exports.filter((candidate) => candidate.text === undefined)) {
    problems.push(
      problemAt(
        file,
        FILE_START,
        'cannot read the graph export',
        'check the path in siteConfig.graphExports (src/site.config.ts) or GRAPH_EXPORTS',
      ),
    );
  }
  const graph = readGraphKeys(exports.flatMap(({ file, text }) => (text === undefined ? [] : [{ file, text }])));
  const context: ReferenceContext = { graph: graph.graph, graphFile: graphFiles[0] ?? 'graph/framework.jsonl' };
  const all = [
    ...problems,
    ...graph.problems,
    ...checkCourseDocs(docs, context),
    ...checkQuizContent(files.quizzes, graph.graph),
  ];
  return {
    problems: sortCourseProblems(all),
    counts: { modules: docs.modules.length, lessons: docs.lessons.length, quizzes: docs.quizzes?.length ?? 0 },
  };
}

/** The cross-file checks on parsed docs: references, components, languages, prerequisites, lessons, quizzes. */
export function checkCourseDocs(docs: CourseDocs, context: ReferenceContext): CourseProblem[] {
  const knownSlugs = new Set(docs.modules.map((doc) => doc.slug));
  return [
    ...[...docs.modules, ...docs.lessons].flatMap((doc) => [...checkReferences(doc, context), ...checkComponents(doc)]),
    ...docs.modules.flatMap((doc) => checkDimension(doc, context)),
    ...checkTranslations(docs),
    ...checkModuleConsistency(docs.modules, knownSlugs),
    ...checkUnknownPrerequisites(docs.modules, knownSlugs),
    ...checkPrerequisiteCycles(docs.modules),
    ...checkModuleOrder(docs),
    ...checkLessons(docs, knownSlugs),
    ...checkQuizzes(docs, knownSlugs),
  ];
}
