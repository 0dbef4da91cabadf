import type { Browser, Page } from 'playwright-core';
import { VIEWPORT } from '../lib/browser';
import { median, percentile } from '../lib/stats';
import { GRAPH_PROBE } from './probe';

/** One load of a graph page. Times are ms from navigation start. */
export interface ViewRun {
  /** First Cytoscape 'render' with nodes. */
  firstRender?: number | undefined;
  /** When a tap on a node, sent right after the first render, took effect (URL or live region changed). */
  firstInteraction?: number | undefined;
  /** The explorer's own performance mark 'graph-explorer:drawn', when it sets one. */
  drawnMark?: number | undefined;
  /** Frame times while panning, ms. */
  panP50?: number | undefined;
  panP95?: number | undefined;
  /** Nodes drawn. */
  nodes?: number | undefined;
  /** Set when the first render did not happen within the time limit: the limit, in ms. */
  timedOut?: number | undefined;
  /** Why a step did not finish. */
  error?: string | undefined;
}

async function pickNode(page: Page): Promise<{ x: number; y: number } | undefined> {
  return page.evaluate(() => {
    const bench = (window as unknown as { __bench: { instances: import('cytoscape').Core[] } }).__bench;
    const cy = [...bench.instances].sort((a, b) => b.nodes().length - a.nodes().length)[0];
    if (!cy) return undefined;
    const rect = cy.container()!.getBoundingClientRect();
    const inside = cy.nodes().filter((node) => {
      if (node.data('kind') !== 'node' || !node.visible()) return false;
      const p = node.renderedPosition();
      return p.x > 20 && p.y > 20 && p.x < rect.width - 20 && p.y < rect.height - 20;
    });
    // The largest node on screen is the easiest to hit.
    const node = inside.sort((a, b) => b.renderedWidth() - a.renderedWidth())[0];
    if (!node) return undefined;
    const p = node.renderedPosition();
    return { x: rect.left + p.x, y: rect.top + p.y };
  });
}

async function panFrames(page: Page, frames: number): Promise<number[]> {
  return page.evaluate(async (count) => {
    const bench = (window as unknown as { __bench: { instances: import('cytoscape').Core[] } }).__bench;
    const cy = [...bench.instances].sort((a, b) => b.nodes().length - a.nodes().length)[0]!;
    const times: number[] = [];
    let last = performance.now();
    for (let i = 0; i < count; i++) {
      cy.panBy({ x: i % 20 < 10 ? 6 : -6, y: 3 * (i % 2 === 0 ? 1 : -1) });
      const now = await new Promise<number>((done) => requestAnimationFrame(done));
      times.push(now - last);
      last = now;
    }
    return times;
  }, frames);
}

/** Loads a graph page, times its first render and first interaction, then measures panning. */
export async function measureView(browser: Browser, url: string, timeoutMs: number): Promise<ViewRun> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  // Opened before the page can get busy: a layout running for minutes blocks the renderer, and only
  // the DevTools protocol can still stop its script so that the context can close.
  const devtools = await context.newCDPSession(page);
  await page.addInitScript(GRAPH_PROBE);
  const run: ViewRun = {};
  try {
    await page.goto(url, { waitUntil: 'commit' });
    // Playwright's own timeout is checked inside the page, which a long synchronous layout blocks:
    // the limit is kept here instead, and the page's script is stopped through DevTools.
    const rendered = await Promise.race([
      page
        .waitForFunction(
          () => (window as unknown as { __bench?: { firstRender?: number } }).__bench?.firstRender !== undefined,
          undefined,
          {
            timeout: 0,
            polling: 50,
          },
        )
        .then(
          () => true,
          () => false,
        ),
      new Promise<false>((done) => setTimeout(() => done(false), timeoutMs)),
    ]);
    if (!rendered) {
      run.timedOut = timeoutMs;
      throw new Error(`no first render within ${Math.round(timeoutMs / 1000)} s`);
    }
    run.firstRender = await page.evaluate(
      () => (window as unknown as { __bench: { firstRender: number } }).__bench.firstRender,
    );
    const target = await pickNode(page);
    if (!target) throw new Error('no node on screen to tap');
    await page.evaluate(
      () => void ((window as unknown as { __bench: { tapAt: number } }).__bench.tapAt = performance.now()),
    );
    await page.mouse.click(target.x, target.y);
    await page.waitForFunction(
      () => {
        const bench = (window as unknown as { __bench: { urlAt?: number; liveAt?: number } }).__bench;
        return bench.urlAt !== undefined || bench.liveAt !== undefined;
      },
      undefined,
      { timeout: 30_000, polling: 20 },
    );
    run.firstInteraction = await page.evaluate(() => {
      const bench = (window as unknown as { __bench: { urlAt?: number; liveAt?: number } }).__bench;
      return Math.min(bench.urlAt ?? Infinity, bench.liveAt ?? Infinity);
    });
    run.drawnMark = await page.evaluate(() => performance.getEntriesByName('graph-explorer:drawn')[0]?.startTime);
    run.nodes = await page.evaluate(() => {
      const bench = (window as unknown as { __bench: { instances: import('cytoscape').Core[] } }).__bench;
      return Math.max(...bench.instances.map((cy) => cy.nodes().length));
    });
    const frames = await panFrames(page, 60);
    run.panP50 = median(frames);
    run.panP95 = percentile(frames, 95);
  } catch (error) {
    run.error = (error as Error).message.split('\n')[0];
  } finally {
    if (run.timedOut !== undefined) {
      await Promise.race([
        devtools.send('Runtime.terminateExecution').catch(() => undefined),
        new Promise((done) => setTimeout(done, 5_000)),
      ]);
    }
    await Promise.race([context.close().catch(() => undefined), new Promise((done) => setTimeout(done, 15_000))]);
  }
  return run;
}
