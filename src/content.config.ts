import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { homePageSchema } from '~/lib/content/home-page.schema';
import { lessonSchema } from '~/lib/content/lesson.schema';
import { moduleSchema } from '~/lib/content/module.schema';

// Each collection's schema lives in src/lib/content/<name>.schema.ts, documented field by field.
const home = defineCollection({
  loader: glob({
    pattern: '*.mdx',
    base: './src/content/home',
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: homePageSchema,
});

// Ids keep the path as written (the default would lowercase zh-Hant): `zh-Hant/tool-innovation`.
const modules = defineCollection({
  loader: glob({
    pattern: '*/*.mdx',
    base: './src/content/modules',
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: moduleSchema,
});

// `en/tool-innovation/01-perception-and-assessment`: language, module slug, NN-lesson slug.
const lessons = defineCollection({
  loader: glob({
    pattern: '*/*/*.mdx',
    base: './src/content/lessons',
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: lessonSchema,
});

export const collections = { home, modules, lessons };
