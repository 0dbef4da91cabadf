import type { APIRoute } from 'astro';
import { type Locale, localeStaticPaths } from '~/lib/i18n/locales';
import { toHans } from '~/lib/i18n/to-hans';
import { serializeBrowserGraph } from '~/lib/graph-view/serialize-browser-graph';
import { toBrowserGraph } from '~/lib/graph-view/to-browser-graph';
import { loadSiteGraph } from '~/lib/site-graph/load-site-graph';

export const getStaticPaths = localeStaticPaths;

/** The graph for the explorer in one language (zh-Hans is converted from zh-Hant by the middleware). */
export const GET: APIRoute<{ locale: Locale }> = async ({ props }) => {
  const { graph, derived } = await loadSiteGraph();
  const body = serializeBrowserGraph(
    toBrowserGraph(graph, derived, props.locale, (char) => toHans(char).toLowerCase()),
  );
  return new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
