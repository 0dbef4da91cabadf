import type { LessonFrontmatter } from '../content/lesson.schema';
import type { ModuleFrontmatter } from '../content/module.schema';
import type { AuthoredLanguage, ContentLayout } from './content-layout';
import type { Place } from './course-problem';
import type { Frontmatter } from './read-frontmatter';
import type { MdxScan } from './scan-mdx';

/** What every module and lesson file gives the checks. */
export interface CourseDoc {
  /** Path from the project root. */
  path: string;
  lang: AuthoredLanguage;
  /** The parsed frontmatter, unless it is missing or not YAML. */
  frontmatter: Frontmatter | undefined;
  /** The body's components, unless the file has no readable body. */
  mdx: MdxScan | undefined;
}

/** A module file: src/content/modules/<lang>/<slug>.mdx. */
export interface ModuleDoc extends CourseDoc {
  slug: string;
  /** The validated frontmatter, when valid. */
  data: ModuleFrontmatter | undefined;
}

/** A lesson file: src/content/lessons/<lang>/<module>/<NN>-<slug>.mdx. */
export interface LessonDoc extends CourseDoc {
  module: string;
  /** NN from the file name. */
  order: number;
  slug: string;
  /** `NN-slug.mdx`. */
  fileName: string;
  data: LessonFrontmatter | undefined;
}

/** A quiz file's reference to its module. */
export interface QuizDoc {
  path: string;
  /** The file name without .yaml: the module whose quiz it is. */
  slug: string;
  /** The `module` field, when it is text, and where it is written. */
  module: { value: string; place: Place } | undefined;
}

/** Every course file, read and parsed. `quizzes` is undefined when there is no quizzes folder yet. */
export interface CourseDocs {
  layout: ContentLayout;
  modules: ModuleDoc[];
  lessons: LessonDoc[];
  quizzes: QuizDoc[] | undefined;
}
