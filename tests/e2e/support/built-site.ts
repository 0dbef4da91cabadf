/**
 * The built site the browser tests run on: dist/ (what `npm test` builds), or the folder named by
 * E2E_DIST, for a build made elsewhere with `astro build --outDir <folder>`.
 */
export function builtSiteDir(): string {
  return process.env['E2E_DIST'] ?? 'dist';
}
