import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseQuizFile } from '~/lib/quiz/file/parse-quiz-file';
import type { Quiz } from '~/lib/quiz/schema/quiz.schema';

/** Where the quiz files live, relative to the project root: one `<module-slug>.yaml` per module. */
export const quizDirectory = 'src/content/quizzes';

// Parsed files by path, kept while the file's modification time is unchanged (dev server edits re-read).
const parsed = new Map<string, { mtimeMs: number; quiz: Quiz }>();

async function readQuiz(path: string): Promise<Quiz> {
  const { mtimeMs } = await stat(path);
  const cached = parsed.get(path);
  if (cached?.mtimeMs === mtimeMs) return cached.quiz;
  // parseQuizFile throws QuizFileError, whose message lists every problem as file:line:col — the build shows it.
  const { quiz } = parseQuizFile(await readFile(path, 'utf8'), path);
  parsed.set(path, { mtimeMs, quiz });
  return quiz;
}

/**
 * Every quiz file, validated, in file-name order; no folder means no quizzes. A file that does not
 * validate fails the build with the quiz format's own errors (file:line:col: what — how to fix).
 */
export async function readSiteQuizzes(directory: string = quizDirectory): Promise<Quiz[]> {
  const names = await readdir(directory).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  });
  const files = names.filter((name) => /\.ya?ml$/.test(name)).sort();
  return Promise.all(files.map((name) => readQuiz(join(directory, name))));
}

/** The quizzes by the slug of the module they belong to (their `module` field). */
export async function quizzesByModule(directory: string = quizDirectory): Promise<Map<string, Quiz>> {
  return new Map((await readSiteQuizzes(directory)).map((quiz) => [quiz.module, quiz]));
}
