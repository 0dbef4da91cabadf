import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { readSiteQuizzes } from '~/lib/quiz-site/read-quizzes';
import { openWatchedPage } from './support/browser';
import { severeAxeViolations } from './support/axe';
import { useSharedBrowser } from './support/shared-browser';

const siteUrl = inject('siteUrl');
const [quiz] = await readSiteQuizzes();
if (quiz === undefined) throw new Error('no quiz files in src/content/quizzes');
const prefixes = { 'zh-Hant': '', 'zh-Hans': '/zh-Hans', en: '/en' };

const shared = useSharedBrowser();

async function freshPage(): Promise<Page> {
  const context = await shared.browser.newContext();
  return (await openWatchedPage(context, siteUrl)).page;
}

describe('accessibility of the quiz and progress pages', () => {
  for (const [lang, prefix] of Object.entries(prefixes)) {
    it(`has no serious or critical axe violation on a quiz page in ${lang}, before and with feedback shown`, async () => {
      const page = await freshPage();
      const response = await page.goto(`${siteUrl}${prefix}/modules/${quiz.module}/quiz/?mode=exam&seed=9`);
      expect(response?.status()).toBe(200);
      await page.locator('[data-part="exam-area"]').waitFor({ state: 'visible' });
      expect(await severeAxeViolations(page)).toEqual([]);
      // Submitting the exam reveals every kind of feedback: verdicts, marks, right answers, explanations, results.
      await page.locator('[data-part="submit"]').click();
      await page.locator('[data-part="results"]').waitFor({ state: 'visible' });
      expect(await severeAxeViolations(page)).toEqual([]);
      await page.context().close();
    });

    it(`has no serious or critical axe violation on the progress page in ${lang}, empty and with progress`, async () => {
      const page = await freshPage();
      const response = await page.goto(`${siteUrl}${prefix}/progress/`);
      expect(response?.status()).toBe(200);
      expect(await severeAxeViolations(page)).toEqual([]);
      await page.goto(`${siteUrl}${prefix}/modules/${quiz.module}/quiz/?mode=exam&seed=9`);
      await page.locator('[data-part="submit"]').click();
      await page.locator('[data-part="results"]').waitFor({ state: 'visible' });
      await page.evaluate((key) => localStorage.setItem(key, '{not json'), 'nqpsce.quiz-drafts.v1');
      await page.goto(`${siteUrl}${prefix}/progress/`);
      await page.locator('progress-recovery [data-part="body"]').waitFor({ state: 'visible' });
      expect(await severeAxeViolations(page)).toEqual([]);
      await page.context().close();
    });
  }
});
