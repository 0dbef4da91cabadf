import { getCollection } from 'astro:content';
import { loadSiteGraph } from '~/lib/site-graph/load-site-graph';
import { readQuizFiles } from './read-quiz-files';
import type { SiteSearchInput } from './site-search-input';

let collecting: Promise<SiteSearchInput> | undefined;

/**
 * The Astro side of the search index: the site graph, the `modules` and `lessons` collections and the
 * quiz files, read once per build (the three locale endpoints share them).
 */
export function collectSiteSearchInput(): Promise<SiteSearchInput> {
  collecting ??= Promise.all([
    loadSiteGraph(),
    getCollection('modules'),
    getCollection('lessons'),
    readQuizFiles(),
  ]).then(([{ graph }, modules, lessons, quizzes]) => ({ graph, modules, lessons, quizzes }));
  return collecting;
}
