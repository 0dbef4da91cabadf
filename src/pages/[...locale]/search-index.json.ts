import type { APIRoute } from 'astro';
import { ALREADY_HANS_HEADER } from '~/lib/i18n/hans-response';
import { type Locale, localeStaticPaths } from '~/lib/i18n/locales';
import { collectSiteSearchInput } from '~/lib/search-site/collect-site-input';
import { searchIndexJson } from '~/lib/search-site/index-json';
import { siteSearchDocs } from '~/lib/search-site/site-search-docs';

// One search index per language (/search-index.json, /zh-Hans/…, /en/…), fetched by the search box on
// the first search. See src/lib/search-site/README.md for what it holds. Its zh-Hans docs are Simplified
// already, so the middleware is told not to convert the file again.
export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ props }) => {
  const docs = siteSearchDocs(await collectSiteSearchInput(), props.locale);
  return new Response(searchIndexJson(docs, props.locale), {
    headers: { 'content-type': 'application/json; charset=utf-8', [ALREADY_HANS_HEADER]: 'yes' },
  });
};
