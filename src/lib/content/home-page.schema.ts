import { z } from 'zod';

/** The home page of one source language: src/content/home/<zh-Hant|en>.mdx. */
export const homePageSchema = z.object({
  /** The page's main heading and <title>. */
  title: z.string().min(1),
  /** One sentence for search engines and link previews. */
  description: z.string().min(1),
});
export type HomePage = z.infer<typeof homePageSchema>;
