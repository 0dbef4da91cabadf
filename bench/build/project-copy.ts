import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import type { ContentFile, SourceCourse } from './synthetic-course';

// Copies of the project under bench/out/, so a benchmark can build it with other content without
// touching the real src/content, dist/ or caches. node_modules is a symlink to the project's.

/** Top-level entries never copied: generated, version control, tests, the benchmark itself. */
const SKIP_TOP = new Set(['node_modules', 'dist', 'bench', '.git', 'tests', '.astro', '.cache', 'coverage', '.neo4j']);

/** Copies the project at `root` into `dest` (emptied first), with node_modules symlinked. */
export async function copyProject(root: string, dest: string): Promise<void> {
  await rm(dest, { recursive: true, force: true });
  await mkdir(dest, { recursive: true });
  for (const entry of readdirSync(root)) {
    if (SKIP_TOP.has(entry) || entry.endsWith('.log')) continue;
    await cp(join(root, entry), join(dest, entry), {
      recursive: true,
      filter: (source) => !relative(root, source).startsWith(join('graph', 'neo4j')),
    });
  }
  await symlink(join(root, 'node_modules'), join(dest, 'node_modules'), 'dir');
}

/** Replaces the course (modules, lessons, quizzes) of the copy at `dir` with `files`. */
export async function replaceCourse(dir: string, files: readonly ContentFile[]): Promise<void> {
  const content = join(dir, 'src', 'content');
  for (const folder of ['modules', 'lessons', 'quizzes'])
    await rm(join(content, folder), { recursive: true, force: true });
  const hadQuizzes = files.some((file) => file.path.startsWith('quizzes/'));
  if (hadQuizzes) await mkdir(join(content, 'quizzes'), { recursive: true });
  for (const file of files) {
    await mkdir(dirname(join(content, file.path)), { recursive: true });
    await writeFile(join(content, file.path), file.text);
  }
}

function filesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory() ? filesIn(join(dir, entry.name)).map((path) => `${entry.name}/${path}`) : [entry.name],
    )
    .sort();
}

/** The project's real course, as the synthetic generator clones it. */
export function readSourceCourse(root: string): SourceCourse {
  const content = join(root, 'src', 'content');
  const read = (path: string) => readFileSync(join(content, path), 'utf8');
  const modules = filesIn(join(content, 'modules', 'zh-Hant'))
    .filter((name) => name.endsWith('.mdx') && existsSync(join(content, 'modules', 'en', name)))
    .map((name) => ({
      slug: name.replace(/\.mdx$/, ''),
      zh: read(`modules/zh-Hant/${name}`),
      en: read(`modules/en/${name}`),
    }));
  const lessons = filesIn(join(content, 'lessons', 'zh-Hant'))
    .filter((path) => path.endsWith('.mdx') && existsSync(join(content, 'lessons', 'en', path)))
    .map((path) => {
      const [module = '', fileName = ''] = path.split('/');
      return { module, fileName, zh: read(`lessons/zh-Hant/${path}`), en: read(`lessons/en/${path}`) };
    });
  const quizDir = join(content, 'quizzes');
  const quizzes = existsSync(quizDir)
    ? new Map(
        filesIn(quizDir)
          .filter((n) => /\.ya?ml$/.test(n))
          .map((n) => [n.replace(/\.ya?ml$/, ''), read(`quizzes/${n}`)]),
      )
    : undefined;
  return { modules, lessons, quizzes };
}

/** Every .html file under `dir`, as paths relative to it. */
export function htmlFiles(dir: string): string[] {
  return filesIn(dir).filter((path) => path.endsWith('.html'));
}
