import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser';

/** The Chromium a test file shares, and one context in it; read them inside tests, not at load. */
export interface SharedBrowser {
  readonly browser: Browser;
  readonly context: BrowserContext;
}

/**
 * Launches Chromium before the file's tests, with one context made with `options`, and closes it
 * after them: the setup every browser test file needs, in one place.
 */
export function useSharedBrowser(options: BrowserContextOptions = {}): SharedBrowser {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext(options);
  });
  afterAll(async () => {
    await browser?.close();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the shared browser is launched in beforeAll: use it inside a test');
    return value;
  };
  return {
    get browser() {
      return ready(browser);
    },
    get context() {
      return ready(context);
    },
  };
}
