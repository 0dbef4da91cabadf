import type { Locale } from '~/lib/i18n/locales';
import type { SearchDoc } from '~/lib/search/search-doc';
import { courseComponentText } from './component-text';
import { conceptDocs } from './concept-docs';
import { conceptLookup } from './concept-lookup';
import { courseDocs } from './course-docs';
import { hansDocs } from './hans-docs';
import { quizDocs } from './quiz-docs';
import type { SiteSearchInput } from './site-search-input';

function sourceDocs(input: SiteSearchInput, locale: 'zh-Hant' | 'en'): SearchDoc[] {
  const componentText = courseComponentText(conceptLookup(input.graph), locale);
  return [
    ...conceptDocs(input.graph, locale),
    ...courseDocs(input.modules, input.lessons, locale, componentText),
    ...quizDocs(input.quizzes, locale),
  ];
}

/**
 * Every doc of one locale's search index, concepts first, then modules with their lessons, then quiz
 * questions. zh-Hans docs are the zh-Hant docs converted (hans-docs.ts). Pure: the caller reads files.
 */
export function siteSearchDocs(input: SiteSearchInput, locale: Locale): SearchDoc[] {
  return locale === 'zh-Hans' ? hansDocs(sourceDocs(input, 'zh-Hant')) : sourceDocs(input, locale);
}
