import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseQuizFile } from '~/lib/quiz/file/parse-quiz-file';
import type { Quiz } from '~/lib/quiz/schema/quiz.schema';

/** Where quiz files live (docs/quiz-format.md), relative to the project root. */
export const quizFolder = 'src/content/quizzes';

/**
 * Parses every `*.yaml` file of the quiz folder, in file-name order; no folder means no quizzes yet.
 * A file that does not validate throws the quiz format's own error (file:line:col, what to fix).
 */
export async function readQuizFiles(folder = quizFolder): Promise<Quiz[]> {
  const names = await readdir(folder).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  });
  const files = names.filter((name) => /\.ya?ml$/.test(name)).sort();
  return Promise.all(
    files.map(async (name) => {
      const path = join(folder, name);
      return parseQuizFile(await readFile(path, 'utf8'), path).quiz;
    }),
  );
}
