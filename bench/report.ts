import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import type { Results } from './lib/result';
import { reportHtml } from './report/html';

/** Writes results.json and report.html into `dir`, formatted as `npm run lint` expects; returns the paths. */
export async function writeReports(results: Results, dir: string): Promise<string[]> {
  const json = join(dir, 'results.json');
  const html = join(dir, 'report.html');
  const options = (await resolveConfig(json)) ?? {};
  await writeFile(json, await format(JSON.stringify(results, null, 2), { ...options, parser: 'json' }));
  await writeFile(html, await format(reportHtml(results), { ...options, parser: 'html' }));
  return [json, html];
}
