import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeGift, protectGiftEscapes, restoreGiftEscapes } from '~/lib/quiz/gift/gift-escape';
import type { GiftQuestion } from '~/lib/quiz/gift/gift-question';
import { parseGift } from '~/lib/quiz/gift/parse-gift';
import { serializeGiftQuestion } from '~/lib/quiz/gift/serialize-gift';
import { anyText, arrowFreeText } from '../fixtures/quiz/arbitraries';

/** Parses one serialized question back, dropping the line numbers and comments the serializer does not write. */
function reparse(gift: string): unknown {
  const [item] = parseGift(gift).items;
  if (item?.item !== 'question') return item;
  return JSON.parse(
    JSON.stringify(item.question, (key, value: unknown) => (key === 'line' || key === 'comments' ? undefined : value)),
  );
}

const noPercentStart = (text: string) => !text.startsWith('%');
const plainText = anyText.filter(noPercentStart);
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const weight = maybe(fc.constantFrom(-100, -50, 0, 25, 33.33333, 50));
const header = fc.record({
  title: maybe(anyText),
  format: maybe(fc.constantFrom('html' as const, 'markdown' as const, 'plain' as const, 'moodle' as const)),
  text: anyText,
  generalFeedback: maybe(anyText),
});
const definedOnly = <T extends object>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const anyGiftQuestion: fc.Arbitrary<GiftQuestion> = fc
  .tuple(
    header,
    fc.oneof(
      fc
        .record({
          kind: fc.constant('multichoice' as const),
          choices: fc.array(
            fc.record({
              line: fc.constant(0),
              correct: fc.boolean(),
              weight,
              text: plainText,
              feedback: maybe(anyText),
            }),
            { minLength: 1, maxLength: 4 },
          ),
        })
        .filter((question) => question.choices.some((choice) => !choice.correct)),
      fc.record({
        kind: fc.constant('truefalse' as const),
        answer: fc.boolean(),
        feedbackWrong: maybe(anyText),
        feedbackRight: maybe(anyText),
      }),
      fc.record({
        kind: fc.constant('match' as const),
        pairs: fc.array(fc.record({ line: fc.constant(0), prompt: arrowFreeText, answer: anyText }), {
          minLength: 1,
          maxLength: 4,
        }),
      }),
      fc.record({
        kind: fc.constant('shortanswer' as const),
        answers: fc.array(
          fc.record({
            line: fc.constant(0),
            weight,
            text: arrowFreeText.filter(noPercentStart),
            feedback: maybe(arrowFreeText),
          }),
          { minLength: 1, maxLength: 3 },
        ),
      }),
      fc.record({
        kind: fc.constant('numerical' as const),
        answers: fc.array(
          fc.record({
            line: fc.constant(0),
            weight,
            value: fc.integer({ min: -5000, max: 5000 }),
            tolerance: maybe(fc.double({ min: 0, max: 10, noNaN: true })),
            feedback: maybe(anyText),
          }),
          { minLength: 1, maxLength: 3 },
        ),
      }),
    ),
  )
  .map(([common, specific]) => definedOnly({ line: 0, ...common, comments: [], ...specific }) as GiftQuestion);

describe('GIFT escapes', () => {
  it('escapes every control character and turns newlines into \\n', () => {
    expect(escapeGift('a~b=c#d{e}f:g\\h\ni')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni');
  });

  it('reads back what it escaped, for any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(restoreGiftEscapes(protectGiftEscapes(escapeGift(text)))).toBe(text.replace(/\r\n|\r/g, '\n'));
      }),
    );
  });

  it('leaves a backslash that escapes nothing as it is', () => {
    expect(restoreGiftEscapes(protectGiftEscapes('C:\\path \\d'))).toBe('C:\\path \\d');
  });
});

describe('serializing GIFT', () => {
  it('writes one answer per line, general feedback last', () => {
    const question: GiftQuestion = {
      line: 1,
      title: 'q1',
      format: 'markdown',
      text: 'Who is buried?',
      generalFeedback: 'See 三(四).',
      comments: [],
      kind: 'multichoice',
      choices: [
        { line: 0, correct: true, text: 'no one', feedback: 'Yes' },
        { line: 0, correct: false, weight: 50, text: 'Grant' },
      ],
    };
    expect(serializeGiftQuestion(question)).toBe(
      '::q1::[markdown]Who is buried?{\n\t=no one#Yes\n\t~%50%Grant\n\t####See 三(四).\n}',
    );
    expect(serializeGiftQuestion(question, { oneLine: true })).toBe(
      '::q1::[markdown]Who is buried?{=no one#Yes ~%50%Grant ####See 三(四).}',
    );
  });

  it('puts the answer block in place of a _____ blank that has text after it', () => {
    const question: GiftQuestion = {
      line: 1,
      text: 'Moodle costs _____ to download.',
      comments: [],
      kind: 'truefalse',
      answer: true,
    };
    expect(serializeGiftQuestion(question)).toBe('Moodle costs {TRUE} to download.');
  });

  it('keeps a blank at the end of the text in the text', () => {
    const question: GiftQuestion = { line: 1, text: 'Fill in: _____', comments: [], kind: 'truefalse', answer: true };
    expect(serializeGiftQuestion(question)).toBe('Fill in\\: _____{TRUE}');
  });

  it('writes true/false feedback as #wrong#right, with an empty wrong part when only right exists', () => {
    const question: GiftQuestion = {
      line: 1,
      text: 'Sun?',
      comments: [],
      kind: 'truefalse',
      answer: false,
      feedbackRight: 'Yes.',
    };
    expect(serializeGiftQuestion(question)).toBe('Sun?{FALSE##Yes.}');
  });

  it('gives an explicit weight to answers whose text starts with %, so it is not read as a weight', () => {
    const question: GiftQuestion = {
      line: 1,
      text: 'Rate?',
      comments: [],
      kind: 'shortanswer',
      answers: [{ line: 0, text: '%50%' }],
    };
    expect(serializeGiftQuestion(question)).toBe('Rate?{\n\t=%100%%50%\n}');
  });

  it.each([false, true])('reads back any question it wrote (one line: %s)', (oneLine) => {
    fc.assert(
      fc.property(anyGiftQuestion, (question) => {
        const { line: _line, comments: _comments, ...expected } = question;
        const stripLines = JSON.parse(
          JSON.stringify(expected, (key, value: unknown) => (key === 'line' ? undefined : value)),
        ) as unknown;
        expect(reparse(serializeGiftQuestion(question, { oneLine }))).toEqual(stripLines);
      }),
      { numRuns: 400 },
    );
  });
});
