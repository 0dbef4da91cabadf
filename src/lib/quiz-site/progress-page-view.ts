import { modulePagePath, quizPagePath } from '~/lib/course/course-paths';
import { loadCourse } from '~/lib/course/load-course';
import type { Locale } from '~/lib/i18n/locales';
import { questionContentHash } from '~/lib/quiz/progress/question-content-hash';
import { loadSiteGraph } from '~/lib/site-graph/load-site-graph';
import { conceptLinker } from './concept-links';
import { scriptJson } from './grading-data';
import type { ModuleEntry } from './module-status';
import { quizzesByModule } from './read-quizzes';

/** A module as the progress page lists it. */
export interface ProgressModuleView extends ModuleEntry {
  title: string;
  href: string;
  /** The quiz page, when the module has a quiz. */
  quizHref: string | undefined;
  passMark: number | undefined;
  /** For the five dimension modules: the dimension's name in the page's language (from the graph). */
  dimension: string | undefined;
}

/** What the progress page renders: the modules in course order, and the JSON the browser reads. */
export interface ProgressPageView {
  modules: ProgressModuleView[];
  /** The modules whose frontmatter names a governance dimension, in course order. */
  dimensions: ProgressModuleView[];
  /** ModuleEntry of every module, as JSON safe inside a script element. */
  entriesJson: string;
}

/** Builds the progress page's view: the course order, each module's quiz and its questions' current hashes. */
export async function progressPageView(locale: Locale): Promise<ProgressPageView> {
  const [course, quizzes, { graph }] = await Promise.all([loadCourse(locale), quizzesByModule(), loadSiteGraph()]);
  const linkConcept = conceptLinker(graph, locale);
  const modules = course.map((module): ProgressModuleView => {
    const quiz = quizzes.get(module.slug);
    const dimension = module.entry.data.dimension;
    return {
      slug: module.slug,
      title: module.entry.data.title,
      href: modulePagePath(locale, module.slug),
      quizHref: quiz === undefined ? undefined : quizPagePath(locale, module.slug),
      quizId: quiz?.id,
      passMark: quiz?.passMark,
      prerequisites: module.prerequisites,
      hashes: Object.fromEntries(
        (quiz?.questions ?? []).map((question) => [question.id, questionContentHash(question)]),
      ),
      dimension: dimension === undefined ? undefined : linkConcept(dimension).name,
    };
  });
  const entries: ModuleEntry[] = modules.map(({ slug, quizId, prerequisites, hashes }) => ({
    slug,
    quizId,
    prerequisites,
    hashes,
  }));
  return {
    modules,
    dimensions: modules.filter((module) => module.dimension !== undefined),
    entriesJson: scriptJson(entries),
  };
}
