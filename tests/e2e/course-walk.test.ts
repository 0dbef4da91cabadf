import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openWatchedPage } from './support/browser';
import { useSharedBrowser } from './support/shared-browser';

const siteUrl = inject('siteUrl');
const languages = [
  { lang: 'zh-Hant', prefix: '' },
  { lang: 'zh-Hans', prefix: '/zh-Hans' },
  { lang: 'en', prefix: '/en' },
];

const shared = useSharedBrowser();

// One h1 per page, and it says something.
async function expectOneHeading(page: Page): Promise<string> {
  const headings = await page.locator('h1').allInnerTexts();
  expect(headings).toHaveLength(1);
  expect(headings[0]?.trim()).not.toBe('');
  return headings[0] ?? '';
}

describe('taking a module from the course page to its last lesson', () => {
  for (const { lang, prefix } of languages) {
    it(`walks the first module's lessons with "next" in ${lang} and ends with a link back to the module`, async () => {
      const { page, watch } = await openWatchedPage(shared.context, siteUrl);
      await page.goto(`${siteUrl}${prefix}/course/`);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      await expectOneHeading(page);
      const moduleLink = page.locator('.module-list h2 a').first();
      const moduleTitle = (await moduleLink.innerText()).trim();
      const moduleHref = await moduleLink.getAttribute('href');
      expect(moduleHref).toMatch(new RegExp(`^${prefix}/modules/[a-z0-9-]+/$`));

      await moduleLink.click();
      await page.waitForURL(`${siteUrl}${moduleHref}`);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await expectOneHeading(page)).toBe(moduleTitle);
      const quizHref =
        (await page.locator('.quiz-link').count()) > 0 ? await page.locator('.quiz-link').getAttribute('href') : null;
      const lessonTitles = (await page.locator('.lesson-list a').allInnerTexts()).map((title) => title.trim());
      expect(lessonTitles.length).toBeGreaterThanOrEqual(2);

      await page.locator('.lesson-list a').first().click();
      const visited: string[] = [await expectOneHeading(page)];
      while ((await page.locator('.lesson-nav a[rel="next"]').count()) > 0) {
        const url = page.url();
        await page.locator('.lesson-nav a[rel="next"]').click();
        await page.waitForURL((next) => next.href !== url);
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        visited.push(await expectOneHeading(page));
      }
      expect(visited.map((title) => title.trim())).toEqual(lessonTitles);
      expect(await page.locator('.lesson-nav .end a').first().getAttribute('href')).toBe(moduleHref);
      // The last lesson offers the module's quiz exactly when the module page does.
      const lastQuizLinks = await page
        .locator('.lesson-nav .end a.quiz')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(lastQuizLinks).toEqual(quizHref === null ? [] : [quizHref]);
      expect(await page.locator('.lesson-nav a[rel="prev"]').count()).toBe(1);
      expect(watch.consoleErrors).toEqual([]);
      expect(watch.externalRequests).toEqual([]);
      await page.close();
    });
  }

  it('shows zh-Hans lessons converted from zh-Hant, with no traditional-only characters left in the lesson', async () => {
    const { page } = await openWatchedPage(shared.context, siteUrl);
    await page.goto(`${siteUrl}/zh-Hans/course/`);
    await page.locator('.module-list h2 a').first().click();
    await page.locator('.lesson-list a').first().click();
    const body = await page.locator('article.lesson').innerText();
    expect(body).not.toMatch(/[戰鬥質與們這賦]/);
    await page.close();
  });
});
