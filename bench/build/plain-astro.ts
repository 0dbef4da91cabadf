import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ContentFile } from './synthetic-course';

// The build benchmark's baseline: a plain Astro + MDX project that builds the same MDX files into the
// same number of module and lesson pages (zh-Hant files at / and /zh-Hans/, en files at /en/), with
// each MDX component replaced by a stub that renders its children. No i18n, graph, search or checks.

/** The component names MDX files use (`<ConceptLink …>` → ConceptLink), sorted. */
export function mdxComponentNames(files: readonly ContentFile[]): string[] {
  const names = new Set<string>();
  for (const file of files) {
    if (!file.path.endsWith('.mdx')) continue;
    for (const match of file.text.matchAll(/<([A-Z][A-Za-z0-9]*)[\s/>]/g)) names.add(match[1]!);
  }
  return [...names].sort();
}

const CONFIG = `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
export default defineConfig({ output: 'static', integrations: [mdx()], build: { inlineStylesheets: 'never' }, devToolbar: { enabled: false } });
`;

const COLLECTIONS = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
const id = ({ entry }: { entry: string }) => entry.replace(/\\.mdx$/, '');
const modules = defineCollection({ loader: glob({ pattern: '*/*.mdx', base: './src/content/modules', generateId: id }) });
const lessons = defineCollection({ loader: glob({ pattern: '*/*/*.mdx', base: './src/content/lessons', generateId: id }) });
export const collections = { modules, lessons };
`;

const STUB = `<span class="stub"><slot /></span>\n`;

function page(names: readonly string[]): string {
  return `---
import { getCollection, render } from 'astro:content';
import Stub from '../components/Stub.astro';
export async function getStaticPaths() {
  const entries = [...(await getCollection('modules')), ...(await getCollection('lessons'))];
  return entries.flatMap((entry) => {
    const [lang, ...rest] = entry.id.split('/');
    const prefixes = lang === 'en' ? ['en/'] : ['', 'zh-Hans/'];
    return prefixes.map((prefix) => ({ params: { path: prefix + entry.collection + '/' + rest.join('/') }, props: { entry, lang } }));
  });
}
const { entry, lang } = Astro.props;
const { Content } = await render(entry);
const components = Object.fromEntries(${JSON.stringify(names)}.map((name) => [name, Stub]));
---
<html lang={lang}>
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><main><h1>{entry.data.title}</h1><Content components={components} /></main></body>
</html>
`;
}

/** Writes the plain project into `dir` (emptied first) with the course `files` (modules and lessons). */
export async function writePlainAstroProject(
  dir: string,
  files: readonly ContentFile[],
  nodeModules: string,
): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  const mdx = files.filter((file) => file.path.endsWith('.mdx') && /^(modules|lessons)\//.test(file.path));
  const write = async (path: string, text: string) => {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  };
  await write(
    'package.json',
    `${JSON.stringify({ name: 'plain-astro-bench', private: true, type: 'module' }, null, 2)}\n`,
  );
  await write('astro.config.mjs', CONFIG);
  await write('src/content.config.ts', COLLECTIONS);
  await write('src/components/Stub.astro', STUB);
  await write('src/pages/[...path].astro', page(mdxComponentNames(mdx)));
  for (const file of mdx) await write(`src/content/${file.path}`, file.text);
  await symlink(nodeModules, join(dir, 'node_modules'), 'dir');
}
