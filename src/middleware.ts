import { defineMiddleware } from 'astro:middleware';
import { needsHansConversion } from '~/lib/i18n/hans-response';
import { htmlToHans } from '~/lib/i18n/to-hans';

// Every zh-Hans page is rendered from zh-Hant sources, then converted here, so that UI strings,
// MDX lessons and graph names all reach zh-Hans readers without a third hand-kept copy.
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!needsHansConversion(context.url.pathname, response.headers)) return response;
  const body = await response.text();
  return new Response(htmlToHans(body), { status: response.status, headers: response.headers });
});
