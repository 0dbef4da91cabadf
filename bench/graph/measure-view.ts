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

/** A point of the drawing (client coordinates) on no node, where a drag pans the view. */
async function emptySpot(page: Page): Promise<{ x: number; y: number } | undefined> {
  return page.evaluate(() => {
    const bench = (window as unknown as { __bench: { instances: import('cytoscape').Core[] } }).__bench;
    const cy = [...bench.instances].sort((a, b) => b.nodes().length - a.nodes().length)[0];
    if (!cy) return undefined;
    const rect = cy.container()!.getBoundingClientRect();
    const boxes = cy.nodes().map((node) => {
      const p = node.renderedPosition();
      const r = Math.max(node.renderedWidth(), node.renderedHeight()) / 2 + 4;
      return [p.x - r, p.y - r, p.x + r, p.y + r] as const;
    });
    // The free point nearest the middle, at least 40 px inside the edges (the drag wanders ±30 px).
    // Pressing on a node would drag the node; pressing anywhere else (an edge too) pans.
    const free: { x: number; y: number; d: number }[] = [];
    for (let x = 40; x < rect.width - 40; x += 10) {
      for (let y = 40; y < rect.height - 40; y += 10) {
        if (boxes.some(([x1, y1, x2, y2]) => x >= x1 && x <= x2 && y >= y1 && y <= y2)) continue;
        // On screen, and not under something drawn over the canvas (a toolbar, the selection chip).
        const hit = document.elementFromPoint(rect.left + x, rect.top + y);
        if (!hit || !cy.container()!.contains(hit)) continue;
        free.push({ x, y, d: Math.hypot(x - rect.width / 2, y - rect.height / 2) });
      }
    }
    const best = free.sort((a, b) => a.d - b.d)[0];
    return best && { x: rect.left + best.x, y: rect.top + best.y };
  });
}

/**
 * Frame times while the reader drags the view with the mouse: a press on an empty spot, then
 * `moves` mouse moves of a few pixels, as Playwright sends them (each waits for the page to take
 * it). Cytoscape pans a big graph as a texture and hides its edges only while the reader drags
 * (or pinches, or wheels): a programmatic cy.panBy() redraws everything each frame, which no
 * reader's pan does, so the benchmark drags like a reader.
 */
async function dragFrames(page: Page, moves: number): Promise<number[]> {
  const start = await emptySpot(page);
  if (!start) throw new Error('no empty spot to drag the view from');
  await page.evaluate(() => {
    const bench = (window as unknown as { __bench: { instances: import('cytoscape').Core[] } }).__bench;
    const cy = [...bench.instances].sort((a, b) => b.nodes().length - a.nodes().length)[0]!;
    // Frames are counted from the first pan of the drag, so the wait before it does not count.
    (window as unknown as { __bench: { recordFrames: (cy: import('cytoscape').Core) => void } }).__bench.recordFrames(
      cy,
    );
  });
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  let { x, y } = start;
  for (let i = 0; i < moves; i++) {
    x += i % 20 < 10 ? 6 : -6;
    y += 3 * (i % 2 === 0 ? 1 : -1);
    await page.mouse.move(x, y);
  }
  // The frame the last move asked for is drawn before the count stops and the button is let go.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
  const frames = await page.evaluate(() =>
    (window as unknown as { __bench: { stopFrames: () => number[] } }).__bench.stopFrames(),
  );
  await page.mouse.up();
  // Frames are only counted once the view moved.
  if (frames.length === 0) throw new Error('dragging did not pan the view');
  return frames;
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
    const frames = await dragFrames(page, 60);
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
