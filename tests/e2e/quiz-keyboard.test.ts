import type { BrowserContext, Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { toHans } from '~/lib/i18n/to-hans';
import { correctResponse } from '~/lib/quiz/grading/correct-response';
import { drawQuestions } from '~/lib/quiz/random/present-quiz';
import type { Question, QuestionType } from '~/lib/quiz/schema/question.schema';
import type { Quiz } from '~/lib/quiz/schema/quiz.schema';
import { quizTextToRich } from '~/lib/quiz-site/quiz-text-to-rich';
import { readSiteQuizzes } from '~/lib/quiz-site/read-quizzes';
import { plainText } from '~/lib/quiz-site/rich-text';
import { openWatchedPage } from './support/browser';
import { useSharedBrowser } from './support/shared-browser';

// Every question type, answered on a real quiz page of the built site with the keyboard only:
// Tab / Shift+Tab to move, Space / arrows / typing to answer, Enter to check. No clicks.
const siteUrl = inject('siteUrl');
const quizzes = await readSiteQuizzes();

const shared = useSharedBrowser();

/** The first quiz question of a type (with a wrong option that has feedback, when `needs` asks for it). */
function findQuestion(type: QuestionType, needs?: (question: Question) => boolean): { quiz: Quiz; question: Question } {
  for (const quiz of quizzes) {
    const question = quiz.questions.find((candidate) => candidate.type === type && (needs?.(candidate) ?? true));
    if (question !== undefined) return { quiz, question };
  }
  throw new Error(`no quiz in src/content/quizzes has a ${type} question: every type must be on the site`);
}

/** A seed whose attempt shows the question (every seed does, unless the quiz draws fewer than its pool). */
function seedShowing(quiz: Quiz, id: string): number {
  for (let seed = 1; seed < 10_000; seed += 1) {
    if (drawQuestions(quiz, seed).some((question) => question.id === id)) return seed;
  }
  throw new Error(`no seed draws question ${id}`);
}

async function openQuestion(
  prefix: string,
  quiz: Quiz,
  question: Question,
): Promise<{ page: Page; item: Locator; errors: string[] }> {
  // A fresh context per test: nothing saved by an earlier test (localStorage) can restore another attempt.
  const context: BrowserContext = await shared.browser.newContext();
  const { page, watch } = await openWatchedPage(context, siteUrl);
  const seed = seedShowing(quiz, question.id);
  await page.goto(`${siteUrl}${prefix}/modules/${quiz.module}/quiz/?seed=${String(seed)}&mode=practice`);
  const item = page.locator(`li[data-question="${question.id}"]`);
  await item.waitFor({ state: 'visible' });
  return { page, item, errors: watch.consoleErrors };
}

/** Presses Tab (or Shift+Tab, when the target is above) until one of `targets` has focus. */
async function tabTo(page: Page, targets: Locator): Promise<void> {
  await targets.evaluateAll((elements) => elements.forEach((element) => element.setAttribute('data-tab-target', '')));
  const focused = () => page.evaluate(() => document.activeElement?.hasAttribute('data-tab-target') ?? false);
  const below = await page.evaluate(() => {
    const target = document.querySelector('[data-tab-target]');
    const from = document.activeElement ?? document.body;
    return target !== null && (from === document.body || Boolean(from.compareDocumentPosition(target) & 4));
  });
  for (let presses = 0; presses < 400 && !(await focused()); presses += 1) {
    await page.keyboard.press(below ? 'Tab' : 'Shift+Tab');
  }
  const reached = await focused();
  await page.evaluate(() =>
    document.querySelectorAll('[data-tab-target]').forEach((e) => e.removeAttribute('data-tab-target')),
  );
  const where = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
  expect(reached, `keyboard focus never reached the target; it is on ${String(where)}`).toBe(true);
}

const activeValue = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value ?? '');

/** Gives the question's right answer with the keyboard, then checks it (Enter on Check, or in the text field). */
async function answerByKeyboard(page: Page, item: Locator, question: Question, typed?: string): Promise<void> {
  const response = correctResponse(question);
  if (response.type === 'single' || response.type === 'truefalse') {
    const want = response.type === 'single' ? response.choice : String(response.answer);
    const radios = item.locator('[data-part="options"] input');
    await tabTo(page, radios);
    await page.keyboard.press('Space');
    for (let step = 0; step <= (await radios.count()) && (await activeValue(page)) !== want; step += 1) {
      await page.keyboard.press('ArrowDown');
    }
    expect(await item.locator('input:checked').getAttribute('value')).toBe(want);
  } else if (response.type === 'multiple') {
    const boxes = item.locator('[data-part="options"] input');
    await tabTo(page, boxes.first());
    for (let index = 0; index < (await boxes.count()); index += 1) {
      if (response.choices.includes(await activeValue(page))) await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
    }
  } else if (response.type === 'matching') {
    const selects = item.locator('select');
    for (let pair = 0; pair < (await selects.count()); pair += 1) {
      await tabTo(page, selects.nth(pair));
      for (let step = 0; step < 30 && (await activeValue(page)) !== String(pair); step += 1) {
        await page.keyboard.press('ArrowDown');
      }
      expect(await selects.nth(pair).inputValue()).toBe(String(pair));
    }
  } else if (response.type === 'ordering') {
    for (let place = 0; place < response.order.length; place += 1) {
      const items = item.locator('[data-part="order"] > li');
      const at = (await items.evaluateAll((all) => all.map((li) => (li as HTMLElement).dataset['item']))).indexOf(
        String(place),
      );
      if (at === place) continue;
      await tabTo(page, item.locator(`li[data-item="${String(place)}"] button[data-move="-1"]`));
      for (let step = 0; step < at - place; step += 1) await page.keyboard.press('Enter');
    }
    const order = await item
      .locator('[data-part="order"] > li')
      .evaluateAll((all) => all.map((li) => Number((li as HTMLElement).dataset['item'])));
    expect(order).toEqual(response.order);
  } else {
    await tabTo(page, item.locator('input[data-part="typed"]'));
    await page.keyboard.type(typed ?? response.text);
    await page.keyboard.press('Enter');
    return;
  }
  await tabTo(page, item.locator('[data-part="check"]'));
  await page.keyboard.press('Enter');
}

/** The feedback of an English quiz page: visible, focused, announced, with the explanation and its concept links. */
async function expectFeedback(page: Page, item: Locator, question: Question, verdict: string) {
  const feedback = item.locator('[data-part="feedback"]');
  await feedback.waitFor({ state: 'visible' });
  expect(await feedback.locator('[data-part="verdict"]').innerText()).toBe(verdict);
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-part'))).toBe('feedback');
  const explanation = plainText(quizTextToRich(question.explanation.en, question.format));
  const shown = (await feedback.locator('.explanation').innerText()).replace(/\s+/g, ' ');
  expect(shown).toContain(explanation.slice(0, 16));
  expect(await feedback.locator('.explanation a[href*="/concepts/"]').count()).toBeGreaterThan(0);
  expect(await item.locator('fieldset').evaluate((fieldset) => (fieldset as HTMLFieldSetElement).disabled)).toBe(true);
  expect(await page.locator('[data-part="announcer"]').innerText()).toContain(verdict);
}

describe('answering each question type by keyboard alone, in practice mode', () => {
  for (const type of ['single', 'multiple', 'truefalse', 'matching', 'ordering', 'short', 'numeric'] as const) {
    it(`answers a ${type} question right and shows the feedback and the explanation`, async () => {
      const { quiz, question } = findQuestion(type);
      const { page, item, errors } = await openQuestion('/en', quiz, question);
      await answerByKeyboard(page, item, question);
      await expectFeedback(page, item, question, 'Right.');
      expect(await item.locator('[data-part="right-answer"]').isHidden()).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('shows the chosen wrong option’s own feedback, its mark and the right answer', async () => {
    const { quiz, question } = findQuestion(
      'single',
      (q) => q.type === 'single' && q.options.some((o) => !o.correct && o.feedback),
    );
    if (question.type !== 'single') throw new Error('unreachable');
    const wrong = question.options.find((option) => !option.correct && option.feedback !== undefined);
    const { page, item } = await openQuestion('/en', quiz, question);
    await tabTo(page, item.locator('[data-part="options"] input'));
    await page.keyboard.press('Space');
    while ((await activeValue(page)) !== wrong?.id) await page.keyboard.press('ArrowDown');
    await tabTo(page, item.locator('[data-part="check"]'));
    await page.keyboard.press('Space');
    await item.locator('[data-part="feedback"]').waitFor({ state: 'visible' });
    expect(await item.locator('[data-part="verdict"]').innerText()).toMatch(/^(Not right\.|Partly right: \d+%\.)$/);
    const option = item.locator(`[data-option="${wrong?.id ?? ''}"]`);
    expect(await option.locator('[data-choice]').innerText()).toContain(
      plainText(quizTextToRich(wrong?.feedback?.en ?? '', question.format)).slice(0, 12),
    );
    expect(await option.locator('[data-mark="wrong"]').isVisible()).toBe(true);
    expect(await item.locator('[data-option] [data-mark="right"]:visible').count()).toBe(1);
    expect(await item.locator('[data-part="right-answer"]').isVisible()).toBe(true);
    await page.close();
  });

  it('asks for an answer first when Check is pressed with nothing chosen, without locking the question', async () => {
    const { quiz, question } = findQuestion('single');
    const { page, item } = await openQuestion('/en', quiz, question);
    await tabTo(page, item.locator('[data-part="check"]'));
    await page.keyboard.press('Enter');
    expect(await item.locator('[data-part="need-answer"]').isVisible()).toBe(true);
    expect(await item.locator('[data-part="feedback"]').isHidden()).toBe(true);
    expect(await item.locator('fieldset').evaluate((fieldset) => (fieldset as HTMLFieldSetElement).disabled)).toBe(
      false,
    );
    await page.close();
  });
});

describe('the zh-Hans quiz', () => {
  it('shows Simplified text and accepts a short answer typed in zh-Hant', async () => {
    const { quiz, question } = findQuestion('short');
    const { page, item } = await openQuestion('/zh-Hans', quiz, question);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
    expect((await page.locator('h1').innerText()).trim()).toBe(toHans(quiz.title.zh));
    const prompt = plainText(quizTextToRich(question.prompt.zh, question.format));
    // innerText includes the visually hidden word the page reads out for a blank.
    const expected = toHans(prompt).replace(/_{5,}/g, toHans('空格'));
    expect((await item.locator('legend .prompt').innerText()).replace(/\s+/g, '')).toBe(expected.replace(/\s+/g, ''));
    expect(await page.locator('main').innerText()).not.toMatch(/[戰鬥質與們這賦題]/);
    const answer = correctResponse(question);
    const traditional = answer.type === 'short' ? answer.text : '';
    await answerByKeyboard(page, item, question, traditional);
    await item.locator('[data-part="feedback"]').waitFor({ state: 'visible' });
    expect(await item.locator('[data-part="verdict"]').innerText()).toBe(toHans('答對了。'));
    await page.close();
  });
});
