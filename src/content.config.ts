import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { homePageSchema } from '~/lib/content/home-page.schema';

// Each collection's schema lives in src/lib/content/<name>.schema.ts, documented field by field.
const home = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/content/home', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: homePageSchema,
});

export const collections = { home };
