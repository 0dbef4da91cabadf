import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

// One URL per page type and language, found in a built site: the benchmarks and the gate tests
// (tests/e2e/gates-*.test.ts) use the same list, and a page type that is not built yet is simply
// absent until it is.

/** The site's languages and their URL prefixes. */
export const LOCALE_PREFIXES = { 'zh-Hant': '/', 'zh-Hans': '/zh-Hans/', en: '/en/' } as const;
export type SiteLocale = keyof typeof LOCALE_PREFIXES;

/** Page types, with how to find one page of the type under a language's folder. */
export const PAGE_TYPES = [
  { type: 'home', find: ['index.html'] },
  { type: 'course', find: ['course/index.html'] },
  { type: 'module', find: ['modules/*/index.html'] },
  { type: 'lesson', find: ['modules/*/*/index.html'] },
  { type: 'quiz', find: ['modules/*/quiz/index.html'] },
  { type: 'concepts', find: ['concepts/index.html'] },
  { type: 'concept', find: ['concepts/*/index.html'] },
  { type: 'graph', find: ['graph/index.html'] },
  { type: 'figure-1', find: ['graph/figure-1/index.html'] },
  { type: 'chains', find: ['graph/chains/index.html'] },
  { type: 'table-1', find: ['table-1/index.html'] },
  { type: 'search', find: ['search/index.html'] },
  { type: 'progress', find: ['progress/index.html'] },
] as const;
export type PageTypeName = (typeof PAGE_TYPES)[number]['type'];

/** Page types that show the Cytoscape explorer. */
export const GRAPH_PAGE_TYPES: readonly PageTypeName[] = ['graph', 'figure-1', 'chains'];

/** A page of a type in a language: `path` is its URL path, e.g. `/en/modules/intro/`. */
export interface PageOfType {
  type: PageTypeName;
  locale: SiteLocale;
  path: string;
}

function subdirs(dir: string, exclude: readonly string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !exclude.includes(entry.name))
    .map((entry) => entry.name)
    .sort();
}

/** Paths (relative to `base`) matching a pattern whose `*` stands for one folder name. */
function matches(base: string, pattern: string): string[] {
  const [head, ...rest] = pattern.split('/');
  if (head === undefined) return [];
  if (rest.length === 0) return existsSync(join(base, head)) ? [head] : [];
  // The lesson pattern modules/*/*/ must not find quiz pages, and the zh-Hant root must not descend into other languages.
  const names = head === '*' ? subdirs(base, ['quiz', 'zh-Hans', 'en', '_astro']) : [head];
  return names.flatMap((name) => matches(join(base, name), rest.join('/')).map((path) => `${name}/${path}`));
}

/** The first page (in name order) of every page type built in `dist` for `locale`. */
export function pagesOfEachType(dist: string, locale: SiteLocale): PageOfType[] {
  const prefix = LOCALE_PREFIXES[locale];
  const base = join(dist, prefix);
  return PAGE_TYPES.flatMap(({ type, find }) => {
    const file = find.flatMap((pattern) => matches(base, pattern))[0];
    if (file === undefined) return [];
    return [{ type, locale, path: `${prefix}${file.replace(/index\.html$/, '')}` }];
  });
}

/** Page types not built in `dist` for `locale`. */
export function missingPageTypes(dist: string, locale: SiteLocale): PageTypeName[] {
  const found = new Set(pagesOfEachType(dist, locale).map((page) => page.type));
  return PAGE_TYPES.map((t) => t.type).filter((type) => !found.has(type));
}

/** Every page type in every language. */
export function allPages(dist: string): PageOfType[] {
  return (Object.keys(LOCALE_PREFIXES) as SiteLocale[]).flatMap((locale) => pagesOfEachType(dist, locale));
}
