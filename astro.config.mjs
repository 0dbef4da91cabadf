// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { courseCheck } from './src/integrations/course-check.ts';

// Static site in three languages; zh-Hant is the default and has no URL prefix.
export default defineConfig({
  site: 'http://localhost:4321',
  output: 'static',
  trailingSlash: 'ignore',
  integrations: [mdx(), courseCheck()],
  i18n: {
    locales: ['zh-Hant', 'zh-Hans', 'en'],
    defaultLocale: 'zh-Hant',
    routing: { prefixDefaultLocale: false },
  },
  // No inline scripts or styles: pages must run under a strict Content-Security-Policy.
  build: { inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
