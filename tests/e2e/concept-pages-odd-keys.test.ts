import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from './support/static-server';

// A researcher's export: other labels (or none), no name_zh/def_zh, ids with characters a URL or a
// file name cannot hold as they are. The site is built from our graph plus this one.
const oddExport = [
  {
    type: 'node',
    id: 'odd key/with slash',
    labels: ['Person'],
    properties: { name: 'Ada Lovelace', born: '1815-12-10' },
  },
  { type: 'node', id: '4:8f2a-11ee:12', labels: ['Place', 'City'], properties: { title: '臺北市' } },
  { type: 'node', id: '名字 空格', labels: [], properties: { description: '一個沒有標籤的節點' } },
  { type: 'node', id: 'x#y?z', labels: ['Person'], properties: { name: 'Hash Question' } },
  { type: 'node', id: '100%', labels: ['Metric'], properties: {} },
  { type: 'node', id: '..', labels: ['Metric'], properties: { name: 'Dots' } },
  ...[
    ['odd key/with slash', 'KNOWS', 'x#y?z'],
    ['x#y?z', 'LIVES_IN', '4:8f2a-11ee:12'],
    ['100%', 'MEASURES', '名字 空格'],
    ['..', 'NEAR', 'odd key/with slash'],
  ].map(([start, type, end], i) => ({
    type: 'relationship',
    id: `r${i}`,
    label: type,
    properties: {},
    start: { id: start },
    end: { id: end },
  })),
];
const expectedNames = ['Ada Lovelace', '臺北市', '名字 空格', 'Hash Question', '100%', 'Dots'];

let dir: string;
let server: Server;
let siteUrl: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'concept-odd-keys-'));
  const exportFile = join(dir, 'odd.jsonl');
  await writeFile(exportFile, oddExport.map((line) => JSON.stringify(line)).join('\n'));
  // GRAPH_EXPORTS paths are relative to the project root.
  const exports = `graph/framework.jsonl,${relative(process.cwd(), exportFile)}`;
  await promisify(execFile)('npx', ['astro', 'build', '--outDir', join(dir, 'dist')], {
    env: { ...process.env, GRAPH_EXPORTS: exports },
    maxBuffer: 64 * 1024 * 1024,
  });
  ({ server, url: siteUrl } = await serveStatic(join(dir, 'dist')));
}, 300_000);
afterAll(async () => {
  await new Promise((done) => server?.close(done));
  await rm(dir, { recursive: true, force: true });
});

describe('a site built from an export with odd keys and foreign labels', () => {
  it('links every node from the concept index to a page that a static server finds, named as the export names it', async () => {
    const index = await (await fetch(`${siteUrl}/en/concepts/`)).text();
    const hrefs = [...index.matchAll(/href="(\/en\/concepts\/[^"#]+)"/g)].map((match) => match[1] ?? '');
    const names: string[] = [];
    for (const href of new Set(hrefs)) {
      const response = await fetch(`${siteUrl}${href}`);
      expect(response.status, href).toBe(200);
      const h1 = /<h1[^>]*>([^<]*)<\/h1>/.exec(await response.text())?.[1] ?? '';
      names.push(h1.replaceAll('&amp;', '&'));
    }
    expect(names).toEqual(expect.arrayContaining(expectedNames));
  });

  it('shows a foreign node’s type, its other properties as text, and its neighbours through foreign relationship types', async () => {
    const index = await (await fetch(`${siteUrl}/en/concepts/`)).text();
    const href = /href="(\/en\/concepts\/[^"]*)"[^>]*>Ada Lovelace</.exec(index)?.[1] ?? '';
    expect(href).toBe('/en/concepts/odd%20key~2Fwith%20slash/');
    const page = await (await fetch(`${siteUrl}${href}`)).text();
    expect(page).toContain('Person');
    expect(page).toContain('1815-12-10');
    expect(page).toContain('KNOWS →');
    expect(page).toContain('← NEAR');
    expect(page).toContain('href="/en/concepts/x~23y~3Fz/"');
  });
});
