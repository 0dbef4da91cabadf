import type { Graph } from '~/lib/graph/graph.schema';
import type { Quiz } from '~/lib/quiz/schema/quiz.schema';

/** A module entry as the `modules` collection gives it: id `zh-Hant/tool-innovation`, MDX body, frontmatter. */
export interface ModuleEntryInput {
  id: string;
  /** The MDX source after the frontmatter; undefined or '' for a module with no body. */
  body?: string | undefined;
  data: {
    title: string;
    summary?: string | undefined;
    order?: number | undefined;
    objectives?: readonly string[] | undefined;
  };
}

/** A lesson entry as the `lessons` collection gives it: id `en/tool-innovation/01-perception-and-assessment`. */
export interface LessonEntryInput {
  id: string;
  body?: string | undefined;
  data: { title: string };
}

/**
 * Everything the site index is built from, already read and validated. Astro builds it from the
 * content collections (collect-site-input.ts); unit tests build it from the files themselves.
 */
export interface SiteSearchInput {
  graph: Graph;
  modules: readonly ModuleEntryInput[];
  lessons: readonly LessonEntryInput[];
  /** Parsed quiz files; empty while src/content/quizzes/ does not exist. */
  quizzes: readonly Quiz[];
}
