import { defineMiddleware } from 'astro:middleware';
import { splitLocalePath } from '~/lib/i18n/locales';
import { htmlToHans } from '~/lib/i18n/to-hans';

// Every zh-Hans page is rendered from zh-Hant sources, then converted here, so that UI strings,
// MDX lessons and graph names all reach zh-Hans readers without a third hand-kept copy.
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (splitLocalePath(context.url.pathname).locale !== 'zh-Hans') return response;
  const type = response.headers.get('content-type') ?? '';
  if (!/text\/html|application\/json|text\/plain/.test(type)) return response;
  const body = await response.text();
  return new Response(htmlToHans(body), { status: response.status, headers: response.headers });
});
