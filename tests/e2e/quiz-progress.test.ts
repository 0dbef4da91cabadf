import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { correctResponse } from '~/lib/quiz/grading/correct-response';
import type { Progress } from '~/lib/quiz/progress/progress.schema';
import { readSiteQuizzes } from '~/lib/quiz-site/read-quizzes';
import { launchChromium, openWatchedPage } from './support/browser';

// Exam mode, saved progress across reloads, content changes, damaged storage, export and import.
const siteUrl = inject('siteUrl');
const [quiz] = await readSiteQuizzes();
if (quiz === undefined) throw new Error('no quiz files in src/content/quizzes');
const quizPath = `${siteUrl}/en/modules/${quiz.module}/quiz/`;
const progressPath = `${siteUrl}/en/progress/`;
const progressKey = 'nqpsce.progress.v1';
const draftsKey = 'nqpsce.quiz-drafts.v1';

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchChromium();
});
beforeEach(async () => {
  await context?.close();
  context = await browser.newContext({ acceptDownloads: true });
});
afterAll(async () => {
  await browser.close();
});

const stored = (page: Page, key: string) => page.evaluate((name) => localStorage.getItem(name), key);
const storedProgress = async (page: Page) => JSON.parse((await stored(page, progressKey)) ?? 'null') as Progress | null;

/** Starts an exam attempt, answers every question right (by setting controls), and submits once. */
async function passExam(page: Page): Promise<void> {
  await page.goto(`${quizPath}?mode=exam&seed=7`);
  await page.locator('[data-part="exam-area"]').waitFor({ state: 'visible' });
  for (const item of await page.locator('li[data-question]:not([hidden])').all()) {
    const id = await item.getAttribute('data-question');
    const question = quiz?.questions.find((candidate) => candidate.id === id);
    if (question === undefined) throw new Error('question not in the quiz file');
    const response = correctResponse(question);
    if (response.type === 'single') await item.locator(`input[value="${response.choice ?? ''}"]`).check();
    if (response.type === 'truefalse') await item.locator(`input[value="${String(response.answer)}"]`).check();
    if (response.type === 'multiple')
      for (const id of response.choices) await item.locator(`input[value="${id}"]`).check();
    if (response.type === 'matching') {
      for (const [pair, select] of (await item.locator('select').all()).entries())
        await select.selectOption(String(pair));
    }
    if (response.type === 'ordering') {
      for (let place = 0; place < response.order.length; place += 1) {
        const ids = await item
          .locator('[data-part="order"] > li')
          .evaluateAll((all) => all.map((li) => (li as HTMLElement).dataset['item']));
        for (let at = ids.indexOf(String(place)); at > place; at -= 1) {
          await item.locator(`li[data-item="${String(place)}"] button[data-move="-1"]`).click();
        }
      }
    }
    if (response.type === 'short' || response.type === 'numeric')
      await item.locator('input[data-part="typed"]').fill(response.text);
    expect(await item.locator('[data-part="check"]').isVisible()).toBe(false);
  }
  await page.locator('[data-part="submit"]').click();
  await page.locator('[data-part="results"]').waitFor({ state: 'visible' });
}

describe('exam mode', () => {
  it('takes one submission, then shows every question’s feedback and the score against the pass mark', async () => {
    const { page, watch } = await openWatchedPage(context, siteUrl);
    await page.goto(`${quizPath}?mode=exam&seed=3`);
    const shown = page.locator('li[data-question]:not([hidden])');
    await shown.first().waitFor();
    expect(await page.locator('li[data-question]:not([hidden]) [data-part="feedback"]:visible').count()).toBe(0);
    await shown.first().locator('input, select').first().focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-part="feedback"]:visible').count()).toBe(0);
    await page.locator('[data-part="submit"]').click();
    await page.locator('[data-part="results"]').waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('results-heading');
    expect(await page.locator('[data-part="results-score"]').innerText()).toMatch(
      /^Score \d+%; the pass mark is \d+%\.$/,
    );
    expect(await page.locator('[data-part="results-outcome"]').innerText()).toMatch(/^Not passed yet/);
    const count = await shown.count();
    expect(await page.locator('li[data-question]:not([hidden]) [data-part="feedback"]:visible').count()).toBe(count);
    expect(await page.locator('li[data-question]:not([hidden]) .explanation:visible').count()).toBe(count);
    expect(await page.locator('[data-part="exam-area"]').isHidden()).toBe(true);
    expect((await storedProgress(page))?.attempts[quiz.id]).toHaveLength(1);
    expect(watch.consoleErrors).toEqual([]);
  });

  it('passes with every answer right, completing the module', async () => {
    const { page } = await openWatchedPage(context, siteUrl);
    await passExam(page);
    expect(await page.locator('[data-part="results-outcome"]').innerText()).toBe('Passed: this module is complete.');
    expect((await storedProgress(page))?.modules[quiz.module]).toBeDefined();
  });
});

describe('saved progress', () => {
  it('survives a reload: an unfinished attempt comes back, and the progress page shows a finished one', async () => {
    const { page } = await openWatchedPage(context, siteUrl);
    await page.goto(`${quizPath}?mode=practice&seed=11`);
    const first = page.locator('li[data-question]:not([hidden])').first();
    const id = await first.getAttribute('data-question');
    const question = quiz.questions.find((candidate) => candidate.id === id);
    if (question?.type === 'short' || question?.type === 'numeric')
      await first.locator('input[data-part="typed"]').fill('1');
    else if (question?.type === 'matching') await first.locator('select').first().selectOption('0');
    else if (question?.type === 'ordering') await first.locator('button[data-move="1"]').first().click();
    else await first.locator('[data-part="options"] input').first().check();
    await first.locator('[data-part="check"]').click();
    await first.locator('[data-part="feedback"]').waitFor({ state: 'visible' });
    await page.reload();
    const again = page.locator(`li[data-question="${id ?? ''}"]`);
    await again.locator('[data-part="feedback"]').waitFor({ state: 'visible' });
    expect(await page.locator('li[data-question]:not([hidden])').first().getAttribute('data-question')).toBe(id);
    expect(await page.locator('[data-part="announcer"]').innerText()).toBe('Your unfinished attempt was restored.');

    await passExam(page);
    await page.goto(progressPath);
    const row = page.locator(`table tr[data-row="${quiz.module}"]`).first();
    await expect.poll(() => row.locator('[data-cell="status"]').innerText()).toBe('Passed');
    expect(await row.locator('[data-cell="best"]').innerText()).toBe('100%');
    expect(await row.locator('[data-cell="attempts"]').innerText()).toBe('1');
    await page.reload();
    await expect.poll(() => row.locator('[data-cell="status"]').innerText()).toBe('Passed');
    expect(
      await page.locator(`[data-part="chart"] [data-row="${quiz.module}"] [data-part="value"]`).first().innerText(),
    ).toBe('100%');
    expect(await page.locator('[data-part="chart"]').first().getAttribute('aria-label')).toContain(': 100%');
    expect(await page.locator(`[data-next="${quiz.module}"]`).isHidden()).toBe(true);
  });

  it('flags, and keeps, an attempt whose question changed since it was made', async () => {
    const { page } = await openWatchedPage(context, siteUrl);
    await passExam(page);
    await page.evaluate((key) => {
      const progress = JSON.parse(localStorage.getItem(key) ?? '{}');
      for (const attempts of Object.values(progress.attempts) as { questions: { hash: string }[] }[][]) {
        const saved = attempts[0]?.questions[0];
        if (saved !== undefined) saved.hash = 'changed-since';
      }
      localStorage.setItem(key, JSON.stringify(progress));
    }, progressKey);
    await page.reload();
    const item = page.locator('[data-part="history"] li').first();
    await item.waitFor();
    expect(await item.getAttribute('data-changed')).toBe('true');
    expect(await item.innerText()).toContain('1 of its questions changed since (the score is kept).');
    expect((await storedProgress(page))?.attempts[quiz.id]?.[0]?.questions[0]?.hash).toBe('changed-since');
    await page.goto(progressPath);
    const status = page.locator(`table tr[data-row="${quiz.module}"] [data-cell="status"]`).first();
    await expect.poll(() => status.innerText()).toContain('Attempts with questions changed since: 1');
    expect(await status.innerText()).toContain('Passed');
  });

  it('flags a question of the unfinished attempt whose content changed, keeping the answer', async () => {
    const { page } = await openWatchedPage(context, siteUrl);
    await page.goto(`${quizPath}?mode=exam&seed=5`);
    const first = page.locator('li[data-question]:not([hidden])').first();
    await first.locator('input[data-part="typed"], [data-part="options"] input, select').first().waitFor();
    const id = (await first.getAttribute('data-question')) ?? '';
    await page.evaluate(
      ({ key, quizId, questionId }) => {
        const file = JSON.parse(localStorage.getItem(key) ?? '{}');
        const draft = file.drafts[quizId];
        draft.responses[questionId] = { type: 'short', text: 'kept' };
        draft.questions[0].hash = 'old';
        localStorage.setItem(key, JSON.stringify(file));
      },
      { key: draftsKey, quizId: quiz.id, questionId: id },
    );
    await page.reload();
    await first.locator('[data-part="changed"]').waitFor({ state: 'visible' });
    expect(await first.locator('[data-part="changed"]').innerText()).toContain(
      'This question has changed since you answered it',
    );
    expect(JSON.parse((await stored(page, draftsKey)) ?? '{}').drafts[quiz.id].responses[id]).toEqual({
      type: 'short',
      text: 'kept',
    });
  });
});

describe('damaged storage', () => {
  it('shows a recovery message, offers the old text for download, and the quiz still works', async () => {
    const { page, watch } = await openWatchedPage(context, siteUrl);
    await page.goto(quizPath);
    await page.evaluate((key) => localStorage.setItem(key, '{not json'), progressKey);
    await page.reload();
    const notice = page.locator('progress-recovery [data-part="body"]');
    await notice.waitFor({ state: 'visible' });
    expect(await page.locator('progress-recovery [role="status"]').innerText()).toContain('could not be read');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('progress-recovery [data-part="download"]').click(),
    ]);
    expect(await readFile((await download.path()) ?? '', 'utf8')).toContain('{not json');
    await passExam(page);
    expect((await storedProgress(page))?.attempts[quiz.id]).toHaveLength(1);
    await page.locator('progress-recovery [data-part="discard"]').click();
    expect(await notice.isHidden()).toBe(true);
    expect(await stored(page, `${progressKey}.unreadable`)).toBeNull();
    expect(watch.consoleErrors).toEqual([]);
  });

  it('recovers on the progress page too', async () => {
    const { page, watch } = await openWatchedPage(context, siteUrl);
    await page.goto(progressPath);
    await page.evaluate((key) => localStorage.setItem(key, '{not json'), draftsKey);
    await page.reload();
    await page.locator('progress-recovery [data-part="body"]').waitFor({ state: 'visible' });
    await expect.poll(() => page.locator('table [data-cell="status"]').first().innerText()).toBe('Not started');
    expect(watch.consoleErrors).toEqual([]);
  });
});

describe('export and import', () => {
  it('round-trips progress through a file: export, clear, import by merging; replace asks first', async () => {
    const { page } = await openWatchedPage(context, siteUrl);
    await passExam(page);
    await page.goto(progressPath);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-part="export"]').click()]);
    const file = (await download.path()) ?? '';
    expect(download.suggestedFilename()).toMatch(/^nqpsce-progress-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(await readFile(file, 'utf8')) as Progress;
    expect(exported.attempts[quiz.id]).toHaveLength(1);

    await page.evaluate(() => localStorage.clear());
    await page.reload();
    const status = page.locator(`table tr[data-row="${quiz.module}"] [data-cell="status"]`).first();
    await expect.poll(() => status.innerText()).toBe('Not started');
    await page.locator('[data-part="file"]').setInputFiles(file);
    await page.locator('[data-part="choice"]').waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-part'))).toBe('merge');
    await page.keyboard.press('Enter');
    await expect.poll(() => status.innerText()).toBe('Passed');
    expect(await page.locator('[data-part="status"]').innerText()).toMatch(
      /^Imported .*\. Attempts in your progress now: 1\.$/,
    );

    await page.locator('[data-part="file"]').setInputFiles({
      name: 'empty.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ version: 2, attempts: {}, modules: {} })),
    });
    await page.locator('[data-part="replace"]').click();
    expect(await page.locator('[data-part="confirm"]').isVisible()).toBe(true);
    expect(await storedProgress(page)).toEqual(exported);
    await page.locator('[data-part="confirm-replace"]').click();
    await expect.poll(() => status.innerText()).toBe('Not started');
  });

  it('refuses a file that is not a progress export, with a message, and changes nothing', async () => {
    const { page } = await openWatchedPage(context, siteUrl);
    await passExam(page);
    await page.goto(progressPath);
    const before = await stored(page, progressKey);
    await page
      .locator('[data-part="file"]')
      .setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
    await expect.poll(() => page.locator('[data-part="error"]').innerText()).toMatch(/^Could not import notes\.json\./);
    expect(await page.locator('[data-part="choice"]').isHidden()).toBe(true);
    expect(await stored(page, progressKey)).toBe(before);
  });
});
