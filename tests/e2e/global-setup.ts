import { builtSiteDir } from './support/built-site';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './support/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

/**
 * Serves the built site for every browser test: dist/, made by `npm run build` before this project runs,
 * or the folder named by E2E_DIST (a build made with `astro build --outDir <folder>`).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = builtSiteDir();
  if (!existsSync(`${dir}/index.html`)) {
    throw new Error(
      `${dir}/ has no built site: run \`npm run build\` before the browser tests (npm test does it), ` +
        'or set E2E_DIST to the folder of a build made with `astro build --outDir <folder>`.',
    );
  }
  const { url, server } = await serveStatic(dir);
  project.provide('siteUrl', url);
  return () => new Promise((done) => server.close(() => done()));
}
