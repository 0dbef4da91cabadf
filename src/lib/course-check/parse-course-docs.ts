import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { lessonSchema } from '../content/lesson.schema';
import { moduleSchema } from '../content/module.schema';
import { classifyPath } from './classify-path';
import type { ContentLayout } from './content-layout';
import type { CourseDocs, LessonDoc, ModuleDoc, QuizDoc } from './course-docs';
import { FILE_START, problemAt, type CourseProblem } from './course-problem';
import { validateFrontmatter } from './frontmatter-problems';
import { readFrontmatter } from './read-frontmatter';
import { scanMdx } from './scan-mdx';

/** A file's path from the project root and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

/**
 * Parses every module, lesson and quiz file: file names, frontmatter against the schemas, MDX syntax.
 * `quizFiles` is undefined when the quizzes folder does not exist (quizzes are then not checked).
 */
export function parseCourseDocs(
  layout: ContentLayout,
  contentFiles: readonly SourceFile[],
  quizFiles: readonly SourceFile[] | undefined,
): { docs: CourseDocs; problems: CourseProblem[] } {
  const problems: CourseProblem[] = [];
  const modules: ModuleDoc[] = [];
  const lessons: LessonDoc[] = [];
  for (const file of contentFiles) {
    const meaning = classifyPath(layout, file.path);
    if (meaning.kind === 'misplaced') {
      problems.push(problemAt(file.path, FILE_START, meaning.message, meaning.fix));
      continue;
    }
    const reading = readFrontmatter(file.text);
    problems.push(...reading.problems.map(({ place, message, fix }) => problemAt(file.path, place, message, fix)));
    const mdx = scanMdx(reading.body);
    if (!mdx.ok)
      problems.push(problemAt(file.path, mdx.place, `the MDX does not compile: ${mdx.reason}`, compileFix(mdx.reason)));
    const base = { path: file.path, lang: meaning.lang, frontmatter: reading.frontmatter, mdx };
    if (meaning.kind === 'module') {
      const { data, problems: found } = reading.frontmatter
        ? validateFrontmatter(file.path, reading.frontmatter, moduleSchema)
        : { data: undefined, problems: [] };
      problems.push(...found);
      modules.push({ ...base, slug: meaning.slug, data });
    } else {
      const { data, problems: found } = reading.frontmatter
        ? validateFrontmatter(file.path, reading.frontmatter, lessonSchema)
        : { data: undefined, problems: [] };
      problems.push(...found);
      lessons.push({
        ...base,
        module: meaning.module,
        order: meaning.order,
        slug: meaning.slug,
        fileName: meaning.fileName,
        data,
      });
    }
  }
  const quizzes = quizFiles?.map(readQuizReference);
  return { docs: { layout, modules, lessons, quizzes }, problems };
}

// Quiz content is validated by check-quiz-content.ts; here only the `module` reference matters.
function readQuizReference(file: SourceFile): QuizDoc {
  const slug = file.path.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
  const lineCounter = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter, prettyErrors: false });
  const node = isMap(doc.contents) ? doc.contents.get('module', true) : undefined;
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range)
    return { path: file.path, slug, module: undefined };
  const { line, col } = lineCounter.linePos(node.range[0]);
  return { path: file.path, slug, module: { value: node.value, place: { line, column: col } } };
}

// satteri's reasons are terse; say what authors most often need to do about them.
function compileFix(reason: string): string {
  if (/closing tag/i.test(reason))
    return 'close the component with its end tag (e.g. </Callout>), or end a component without content with />';
  if (/expression|brace|`\{`/i.test(reason))
    return 'write \\{ and \\} for literal braces, or complete the {expression}';
  if (/after `<`|`<`/.test(reason))
    return 'write \\< for a literal <, or complete the tag, e.g. <ConceptLink concept="chain-perception" />';
  return 'correct the MDX at this place (see docs/authoring-guide.md, "MDX that does not compile")';
}
