import {
  AUTHORED_LANGUAGES,
  type AuthoredLanguage,
  type ContentLayout,
  isAuthoredLanguage,
  LESSON_FILE_PATTERN,
  SLUG_PATTERN,
} from './content-layout';

/** What a content path names, or why it names nothing the course can use. */
export type PathMeaning =
  | { kind: 'module'; lang: AuthoredLanguage; slug: string }
  | { kind: 'lesson'; lang: AuthoredLanguage; module: string; order: number; slug: string; fileName: string }
  | { kind: 'misplaced'; message: string; fix: string };

/** Reads the language, module, order and slug from a path under modules/ or lessons/. */
export function classifyPath(layout: ContentLayout, path: string): PathMeaning {
  const [collection, lang = '', ...rest] = path.slice(layout.contentDir.length + 1).split('/');
  const languageProblem = checkLanguage(lang);
  if (languageProblem) return languageProblem;
  const language = lang as AuthoredLanguage;
  if (collection === 'modules') {
    const [fileName = ''] = rest;
    if (rest.length !== 1) {
      return misplaced(
        'a module file is not directly in its language folder',
        `move it to ${layout.contentDir}/modules/${lang}/<slug>.mdx`,
      );
    }
    const slug = fileName.replace(/\.mdx$/, '');
    if (!SLUG_PATTERN.test(slug)) return badSlug(`module file name "${fileName}"`, 'e.g. tool-innovation.mdx');
    return { kind: 'module', lang: language, slug };
  }
  const [module = '', fileName = ''] = rest;
  if (rest.length !== 2) {
    return misplaced(
      "a lesson file is not in its module's folder",
      `move it to ${layout.contentDir}/lessons/${lang}/<module>/<NN>-<slug>.mdx`,
    );
  }
  if (!SLUG_PATTERN.test(module))
    return badSlug(`lesson folder name "${module}"`, "the module's slug, e.g. tool-innovation");
  const match = LESSON_FILE_PATTERN.exec(fileName);
  if (!match) {
    return misplaced(
      `lesson file name "${fileName}" is not NN-slug.mdx`,
      'rename it to a two-digit order, a hyphen and a lowercase slug, e.g. 01-perception-and-assessment.mdx',
    );
  }
  return { kind: 'lesson', lang: language, module, order: Number(match[1]), slug: match[2] ?? '', fileName };
}

function checkLanguage(lang: string): PathMeaning | undefined {
  if (isAuthoredLanguage(lang)) return undefined;
  if (lang === 'zh-Hans') {
    return misplaced(
      'zh-Hans content is generated from zh-Hant and is never written',
      'delete this file and write the zh-Hant file; the site converts it',
    );
  }
  return misplaced(`unknown language folder "${lang}"`, `put the file under ${AUTHORED_LANGUAGES.join('/ or ')}/`);
}

const misplaced = (message: string, fix: string): PathMeaning => ({ kind: 'misplaced', message, fix });

const badSlug = (what: string, example: string): PathMeaning =>
  misplaced(`${what} is not a slug`, `rename it in lowercase ASCII words joined by hyphens, ${example}`);
