import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openExplorer, outlineCounts } from '../fixtures/graph-view/explorer-page';
import { readCsv } from '../fixtures/graph-view/read-csv';
import { launchChromium } from './support/browser';

const siteUrl = inject('siteUrl');
let browser: Browser;
let context: BrowserContext;
let page: Page;
let counts: { nodes: number; edges: number };
beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ acceptDownloads: true });
  ({ page } = await openExplorer(context, siteUrl, '/en/graph/?focus=chain-perception&depth=2'));
  counts = await outlineCounts(page);
});
afterAll(async () => {
  await browser.close();
});

/** Clicks an export button and returns the downloaded file's name and bytes. */
async function exportAs(format: string): Promise<{ name: string; bytes: Buffer }> {
  await page.click('[data-part="export"] > summary');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`button[data-export="${format}"]`)]);
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('exporting the current view', () => {
  it('has a view with nodes and relationships to export', () => {
    expect(counts.nodes).toBeGreaterThan(10);
    expect(counts.edges).toBeGreaterThan(10);
  });

  it('downloads a PNG of the drawing', async () => {
    const { name, bytes } = await exportAs('png');
    expect(name).toBe('graph-full.png');
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(bytes.length).toBeGreaterThan(10_000);
  });

  it('downloads an SVG with one titled shape per node', async () => {
    const { name, bytes } = await exportAs('svg');
    const svg = bytes.toString('utf8');
    expect(name).toBe('graph-full.svg');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg.match(/<title>/g)).toHaveLength(counts.nodes + 1);
    expect(svg.match(/<line /g)).toHaveLength(counts.edges);
  });

  it('downloads GraphML that an XML parser reads back with the right counts', async () => {
    const { name, bytes } = await exportAs('graphml');
    expect(name).toBe('graph-full.graphml');
    const read = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      return {
        errors: doc.getElementsByTagName('parsererror').length,
        nodes: doc.getElementsByTagName('node').length,
        edges: doc.getElementsByTagName('edge').length,
      };
    }, bytes.toString('utf8'));
    expect(read).toEqual({ errors: 0, nodes: counts.nodes, edges: counts.edges });
  });

  it('downloads CSV files of nodes and relationships that read back with the right counts', async () => {
    const nodes = readCsv((await exportAs('csv-nodes')).bytes.toString('utf8'));
    const edges = readCsv((await exportAs('csv-edges')).bytes.toString('utf8'));
    expect(nodes[0]?.slice(0, 3)).toEqual(['id', 'type', 'name']);
    expect(nodes).toHaveLength(counts.nodes + 1);
    expect(edges[0]?.slice(0, 4)).toEqual(['id', 'source', 'target', 'type']);
    expect(edges).toHaveLength(counts.edges + 1);
    expect(nodes.map((row) => row[0])).toContain('chain-perception');
  });

  it('downloads JSON of the view with its permalink', async () => {
    const json = JSON.parse((await exportAs('json')).bytes.toString('utf8'));
    expect(json.nodes).toHaveLength(counts.nodes);
    expect(json.edges).toHaveLength(counts.edges);
    expect(json.url).toBe(page.url());
  });

  it('still downloads a PNG when the drawing is hidden', async () => {
    await page.click('[data-part="list-only"]');
    const { bytes } = await exportAs('png');
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  });
});
