import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuizFile } from '~/lib/quiz/file/parse-quiz-file';
import { serializeQuizYaml } from '~/lib/quiz/file/serialize-quiz-yaml';
import { exportQuizFileToGift, importGiftFile } from '~/lib/quiz/gift/gift-files';
import { GiftFileError } from '~/lib/quiz/gift/gift-problem';
import { giftToQuiz } from '~/lib/quiz/gift/gift-to-quiz';
import { quizToGift } from '~/lib/quiz/gift/quiz-to-gift';
import { quizSchema } from '~/lib/quiz/schema/quiz.schema';
import { anyQuiz } from '../fixtures/quiz/arbitraries';

const fixturePath = 'tests/fixtures/quiz/all-types.yaml';
const fixtureText = readFileSync(fixturePath, 'utf8');
const { quiz: fixture } = parseQuizFile(fixtureText, fixturePath);

/** GIFT text → validated quiz. */
const backFromGift = (gift: string) => quizSchema.parse(giftToQuiz(gift, 'round-trip.gift').quiz);

describe('quiz → GIFT → quiz', () => {
  it.each(['zh-Hant', 'en'] as const)('gives back the fixture quiz exactly with %s as the visible language', (lang) => {
    expect(backFromGift(quizToGift(fixture, lang))).toStrictEqual(fixture);
  });

  it('gives back the fixture quiz exactly through the files the CLI writes (YAML → GIFT → YAML)', () => {
    const gift = exportQuizFileToGift(fixtureText, fixturePath, 'zh-Hant');
    const imported = importGiftFile(gift, 'all-types.gift', 'all-types.yaml');
    expect(imported.todo).toEqual([]);
    expect(imported.problems).toEqual([]);
    expect(parseQuizFile(imported.yaml, 'all-types.yaml').quiz).toStrictEqual(fixture);
  });

  it('gives back any valid quiz exactly, whatever GIFT control characters its texts hold', () => {
    fc.assert(
      fc.property(anyQuiz, fc.constantFrom('zh-Hant' as const, 'en' as const), (input, lang) => {
        const quiz = quizSchema.parse(input);
        expect(backFromGift(quizToGift(quiz, lang))).toStrictEqual(quiz);
      }),
      { numRuns: 300 },
    );
  });

  it('gives back any valid quiz exactly through YAML as well', () => {
    fc.assert(
      fc.property(anyQuiz, (input) => {
        const quiz = quizSchema.parse(input);
        expect(parseQuizFile(serializeQuizYaml(quiz), 'q.yaml').quiz).toStrictEqual(quiz);
      }),
      { numRuns: 200 },
    );
  });

  it('shows Moodle only the chosen language and keeps the other in // @ comment lines', () => {
    const gift = quizToGift(fixture, 'en');
    const visible = gift.split('\n').filter((line) => !line.trim().startsWith('//'));
    expect(visible.join('\n')).toContain('::first-chain::[markdown]Which is the first of the five governance chains?{');
    expect(visible.join('\n')).not.toContain('感知鏈');
    expect(gift).toContain('// @zh-Hant ::first-chain::[markdown]五條治理鏈條的第一環是哪一條？{=感知鏈');
  });

  it('writes multiple-response weights that make Moodle grade as the course does', () => {
    const gift = quizToGift(fixture, 'en');
    expect(gift).toContain('\t~%50%Big-data mining\n\t~%50%Knowledge graphs\n\t~%-50%BeiDou satellite positioning#');
  });
});

describe('importing an edited export', () => {
  const gift = quizToGift(fixture, 'zh-Hant');

  it('refuses an export whose other-language line no longer matches the question, naming the line', () => {
    const edited = gift.replace('\t~處置鏈\n', '');
    const line = edited.split('\n').findIndex((text) => text.startsWith('// @en ::first-chain::')) + 1;
    expect(() => giftToQuiz(edited, 'edited.gift')).toThrow(GiftFileError);
    expect(() => giftToQuiz(edited, 'edited.gift')).toThrow(
      `edited.gift:${line}: question "first-chain": the // @en line does not match the question: options differs between the languages (2 entries vs 3)`,
    );
  });

  it('refuses a damaged @meta line with its line number', () => {
    const edited = gift.replace('// @meta {"type":"truefalse"', '// @meta {"type":"yesno"');
    const line = edited.split('\n').findIndex((text) => text.includes('"yesno"')) + 1;
    expect(() => giftToQuiz(edited, 'edited.gift')).toThrow(
      `edited.gift:${line}: the // @meta line is damaged at type`,
    );
  });

  it('takes a question edited in the visible language only, leaving the other language as it was', () => {
    const edited = gift.replace('五條治理鏈條的第一環是哪一條？', '哪一條鏈條最先？');
    const quiz = backFromGift(edited);
    expect(quiz.questions[0]?.prompt).toEqual({
      zh: '哪一條鏈條最先？',
      en: 'Which is the first of the five governance chains?',
    });
  });
});
