import { describe, expect, inject, it } from 'vitest';
import { openWatchedPage } from './support/browser';
import { useSharedBrowser } from './support/shared-browser';

const siteUrl = inject('siteUrl');
const homes = [
  { path: '/', lang: 'zh-Hant', heading: /新質公安戰鬥力/ },
  { path: '/zh-Hans/', lang: 'zh-Hans', heading: /新质公安战斗力/ },
  { path: '/en/', lang: 'en', heading: /new quality public security combat effectiveness/i },
];

const shared = useSharedBrowser();

describe('the home page', () => {
  for (const home of homes) {
    it(`loads in ${home.lang} with <html lang="${home.lang}">, no console error and no request off the site`, async () => {
      const { page, watch } = await openWatchedPage(shared.context, siteUrl);
      const response = await page.goto(siteUrl + home.path, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe(home.lang);
      await expect(page.locator('h1').textContent()).resolves.toMatch(home.heading);
      expect(watch.consoleErrors).toEqual([]);
      expect(watch.externalRequests).toEqual([]);
      await page.close();
    });
  }

  it('shows zh-Hans text converted from zh-Hant, with no traditional-only characters left in the body', async () => {
    const { page } = await openWatchedPage(shared.context, siteUrl);
    await page.goto(`${siteUrl}/zh-Hans/`);
    const body = await page.locator('main').innerText();
    expect(body).toContain('赋能');
    expect(body).not.toMatch(/[賦戰鬥質與們這]/);
    await page.close();
  });
});

describe('the language switch', () => {
  it('lands on the same page in each other language, and back', async () => {
    const { page } = await openWatchedPage(shared.context, siteUrl);
    await page.goto(`${siteUrl}/en/`);
    await page.click('.language-switch a[data-locale="zh-Hans"]');
    await page.waitForURL(`${siteUrl}/zh-Hans/`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
    await page.click('.language-switch a[data-locale="zh-Hant"]');
    await page.waitForURL(`${siteUrl}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant');
    await page.click('.language-switch a[data-locale="en"]');
    await page.waitForURL(`${siteUrl}/en/`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.close();
  });
});
