import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SourceFile } from './parse-course-docs';

/** Every file under `dir` (relative to `root`), depth first in name order, with project-relative paths. */
function filesUnder(root: string, dir: string, accept: (name: string) => boolean): SourceFile[] {
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir), { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) return filesUnder(root, path, accept);
      return entry.isFile() && accept(entry.name) ? [{ path, text: readFileSync(join(root, path), 'utf8') }] : [];
    });
}

/** The .mdx files of modules/ and lessons/, and the quiz files (undefined when quizzes/ does not exist). */
export function readCourseFiles(
  root: string,
  contentDir: string,
): { content: SourceFile[]; quizzes: SourceFile[] | undefined } {
  const isMdx = (name: string) => name.endsWith('.mdx');
  const content = [
    ...filesUnder(root, `${contentDir}/modules`, isMdx),
    ...filesUnder(root, `${contentDir}/lessons`, isMdx),
  ];
  const quizDir = `${contentDir}/quizzes`;
  const quizzes = existsSync(join(root, quizDir))
    ? filesUnder(root, quizDir, (name) => /\.ya?ml$/.test(name))
    : undefined;
  return { content, quizzes };
}

/** The graph exports' texts; an unreadable file is reported by the caller. */
export function readGraphFiles(root: string, files: readonly string[]): { file: string; text: string | undefined }[] {
  return files.map((file) => {
    try {
      return { file, text: readFileSync(resolve(root, file), 'utf8') };
    } catch {
      return { file, text: undefined };
    }
  });
}
