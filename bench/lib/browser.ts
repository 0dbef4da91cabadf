import type { Browser } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/support/browser';

// The benchmarks use the same Chromium as the browser tests (Debian's, headless, closed network flags).

let version: string | undefined;

/** Runs `use` with a fresh headless Chromium and closes it afterwards. */
export async function withBrowser<T>(use: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await launchChromium();
  version = browser.version();
  try {
    return await use(browser);
  } finally {
    await browser.close();
  }
}

/** The Chromium version the last benchmark ran, for the report. */
export function chromiumVersion(): string | undefined {
  return version;
}

/** The viewport every page is measured in. */
export const VIEWPORT = { width: 1280, height: 800 } as const;
