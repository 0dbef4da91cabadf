import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './support/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

/** Serves the built site (dist/, made by `npm run build` before this project runs) for every browser test. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ has no built site: run `npm run build` before the browser tests (npm test does it).');
  }
  const { url, server } = await serveStatic('dist');
  project.provide('siteUrl', url);
  return () => new Promise((done) => server.close(() => done()));
}
