import { parse, stringify } from 'yaml';

// Synthetic courses of any size in the project's content format (src/content/modules/<lang>/<slug>.mdx,
// src/content/lessons/<lang>/<module>/<NN>-<slug>.mdx, src/content/quizzes/<slug>.yaml), made by
// cloning the real lessons round-robin, so the synthetic pages use the same components and text
// as real ones and pass the build's course check.

/** A content file: its path under the content folder (e.g. `lessons/en/intro/01-a.mdx`) and text. */
export interface ContentFile {
  path: string;
  text: string;
}

/** A lesson in both authored languages. */
export interface LessonPair {
  module: string;
  fileName: string;
  zh: string;
  en: string;
}

/** The real course the synthetic one is cloned from. */
export interface SourceCourse {
  /** Module texts by slug, in both languages. */
  modules: { slug: string; zh: string; en: string }[];
  lessons: LessonPair[];
  /** Quiz texts by module slug, when the course has quizzes/. */
  quizzes?: Map<string, string> | undefined;
}

/** Lessons per synthetic module: the course check allows 2 to 4. */
export const LESSONS_PER_MODULE = 4;

/** How `total` lessons split into modules of 2–4 lessons (4 each, the last ones shorter). */
export function moduleSizes(total: number): number[] {
  if (total < 2) throw new Error(`a synthetic course needs at least 2 lessons, not ${total}`);
  const sizes = Array.from({ length: Math.floor(total / LESSONS_PER_MODULE) }, () => LESSONS_PER_MODULE);
  const rest = total % LESSONS_PER_MODULE;
  if (rest >= 2) sizes.push(rest);
  else if (rest === 1) sizes.splice(sizes.length - 1, 1, 3, 2);
  return sizes;
}

/** Splits an MDX text into its YAML frontmatter (parsed) and body. */
export function splitFrontmatter(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { data: {}, body: text };
  return { data: (parse(match[1]!) ?? {}) as Record<string, unknown>, body: text.slice(match[0].length) };
}

function withFrontmatter(data: Record<string, unknown>, body: string): string {
  return `---\n${stringify(data, { lineWidth: 0 }).trimEnd()}\n---\n${body}`;
}

function renamed(text: string, number: number, changes: Record<string, unknown> = {}, drop: string[] = []): string {
  const { data, body } = splitFrontmatter(text);
  const next: Record<string, unknown> = { ...data, ...changes, title: `${String(data['title'] ?? '')} (S${number})` };
  for (const field of drop) delete next[field];
  return withFrontmatter(next, body);
}

/** A synthetic course of `total` lessons per language, cloned from `source`. */
export function syntheticCourse(source: SourceCourse, total: number): ContentFile[] {
  if (source.lessons.length === 0 || source.modules.length === 0)
    throw new Error('the real course has no modules or lessons to clone');
  const files: ContentFile[] = [];
  let lessonNumber = 0;
  moduleSizes(total).forEach((size, moduleIndex) => {
    const slug = `syn-${String(moduleIndex + 1).padStart(4, '0')}`;
    const model = source.modules[moduleIndex % source.modules.length]!;
    const changes = { order: moduleIndex + 1, prerequisites: [] };
    files.push({
      path: `modules/zh-Hant/${slug}.mdx`,
      text: renamed(model.zh, moduleIndex + 1, changes, ['dimension']),
    });
    files.push({ path: `modules/en/${slug}.mdx`, text: renamed(model.en, moduleIndex + 1, changes, ['dimension']) });
    const quiz = source.quizzes?.get(model.slug);
    if (quiz !== undefined)
      files.push({ path: `quizzes/${slug}.yaml`, text: quiz.replace(/^module:.*$/m, `module: ${slug}`) });
    const slugs = new Set<string>();
    for (let position = 1; position <= size; position++) {
      const lesson = source.lessons[lessonNumber % source.lessons.length]!;
      lessonNumber += 1;
      let lessonSlug = lesson.fileName.replace(/^\d{2}-/, '').replace(/\.mdx$/, '');
      while (slugs.has(lessonSlug)) lessonSlug = `${lessonSlug}-x`;
      slugs.add(lessonSlug);
      const fileName = `${String(position).padStart(2, '0')}-${lessonSlug}.mdx`;
      files.push({ path: `lessons/zh-Hant/${slug}/${fileName}`, text: renamed(lesson.zh, lessonNumber) });
      files.push({ path: `lessons/en/${slug}/${fileName}`, text: renamed(lesson.en, lessonNumber) });
    }
  });
  return files;
}
