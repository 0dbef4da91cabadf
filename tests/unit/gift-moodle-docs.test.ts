// Every example of each question type from Moodle's "GIFT format" documentation page
// (docs.moodle.org/en/GIFT_format), written from memory of that page, with what Moodle makes of it.
import { describe, expect, it } from 'vitest';
import type { GiftItem } from '~/lib/quiz/gift/gift-question';
import { parseGift } from '~/lib/quiz/gift/parse-gift';

const only = (gift: string): GiftItem => {
  const items = parseGift(gift).items.filter((item) => item.item !== 'category');
  expect(items).toHaveLength(1);
  return items[0] as GiftItem;
};

const cases: { example: string; gift: string; question: object }[] = [
  // Multiple choice
  {
    example: 'multiple choice',
    gift: "Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}",
    question: {
      kind: 'multichoice',
      text: "Who's buried in Grant's tomb?",
      choices: [
        { correct: false, text: 'Grant' },
        { correct: false, text: 'Jefferson' },
        { correct: true, text: 'no one' },
      ],
    },
  },
  {
    example: 'multiple choice with the same text right and wrong (as in the brief)',
    gift: "Who's buried in Grant's tomb?{~Grant =Grant ~no one}",
    question: {
      kind: 'multichoice',
      choices: [
        { correct: false, text: 'Grant' },
        { correct: true, text: 'Grant' },
        { correct: false, text: 'no one' },
      ],
    },
  },
  {
    example: 'multiple choice as a missing word',
    gift: "Grant is {~buried =entombed ~living} in Grant's tomb.",
    question: {
      kind: 'multichoice',
      text: "Grant is _____ in Grant's tomb.",
      choices: [{ text: 'buried' }, { correct: true, text: 'entombed' }, { text: 'living' }],
    },
  },
  {
    example: 'multiple choice with a blank in mid-sentence',
    gift: 'The American holiday of Thanksgiving is celebrated on the {~second ~third =fourth} Thursday of November.',
    question: {
      kind: 'multichoice',
      text: 'The American holiday of Thanksgiving is celebrated on the _____ Thursday of November.',
      choices: [{ text: 'second' }, { text: 'third' }, { correct: true, text: 'fourth' }],
    },
  },
  {
    example: 'multiple choice with the answer block after the question',
    gift: 'Japanese characters originally came from what country? {~India =China ~Korea ~Egypt}',
    question: {
      kind: 'multichoice',
      text: 'Japanese characters originally came from what country?',
      choices: [{ text: 'India' }, { correct: true, text: 'China' }, { text: 'Korea' }, { text: 'Egypt' }],
    },
  },
  {
    example: 'multiple choice over several lines with feedback',
    gift: "What's between orange and green in the spectrum?\n{ =yellow # right; good! ~red # wrong, it's yellow ~blue # wrong, it's yellow }",
    question: {
      kind: 'multichoice',
      text: "What's between orange and green in the spectrum?",
      choices: [
        { correct: true, text: 'yellow', feedback: 'right; good!' },
        { correct: false, text: 'red', feedback: "wrong, it's yellow" },
        { correct: false, text: 'blue', feedback: "wrong, it's yellow", line: 2 },
      ],
    },
  },
  // Short answer
  {
    example: 'short answer with several accepted answers',
    gift: "Who's buried in Grant's tomb?{=Grant =Ulysses S. Grant =Ulysses Grant}",
    question: {
      kind: 'shortanswer',
      answers: [{ text: 'Grant' }, { text: 'Ulysses S. Grant' }, { text: 'Ulysses Grant' }],
    },
  },
  {
    example: 'short answer',
    gift: 'Two plus two equals {=four =4}',
    question: { kind: 'shortanswer', text: 'Two plus two equals', answers: [{ text: 'four' }, { text: '4' }] },
  },
  {
    example: 'short answer as a missing word',
    gift: 'Two plus two equals {=four =4}.',
    question: { kind: 'shortanswer', text: 'Two plus two equals _____.', answers: [{ text: 'four' }, { text: '4' }] },
  },
  // True-false
  {
    example: 'true-false with T',
    gift: 'Grant was buried in a tomb in New York City.{T}',
    question: { kind: 'truefalse', answer: true },
  },
  {
    example: 'true-false with F',
    gift: "Grant is buried in Grant's tomb.{F}",
    question: { kind: 'truefalse', answer: false, text: "Grant is buried in Grant's tomb." },
  },
  {
    example: 'true-false with TRUE',
    gift: 'The sun rises in the east.{TRUE}',
    question: { kind: 'truefalse', answer: true },
  },
  {
    example: 'true-false with FALSE',
    gift: 'The sun rises in the west.{FALSE}',
    question: { kind: 'truefalse', answer: false },
  },
  {
    example: 'true-false with feedback for the wrong and the right answer',
    gift: "Grant is buried in Grant's tomb.{FALSE#No one is buried in Grant's tomb.#Right: he is entombed, not buried.}",
    question: {
      kind: 'truefalse',
      answer: false,
      feedbackWrong: "No one is buried in Grant's tomb.",
      feedbackRight: 'Right: he is entombed, not buried.',
    },
  },
  // Matching
  {
    example: 'matching',
    gift: 'Match the following countries with their corresponding capitals. {\n    =Canada -> Ottawa\n    =Italy  -> Rome\n    =Japan  -> Tokyo\n    =India  -> New Delhi\n    }',
    question: {
      kind: 'match',
      text: 'Match the following countries with their corresponding capitals.',
      pairs: [
        { prompt: 'Canada', answer: 'Ottawa', line: 2 },
        { prompt: 'Italy', answer: 'Rome', line: 3 },
        { prompt: 'Japan', answer: 'Tokyo', line: 4 },
        { prompt: 'India', answer: 'New Delhi', line: 5 },
      ],
    },
  },
  {
    example: 'matching with general feedback',
    gift: "Match the following countries with their corresponding capitals. {\n=Canada -> Ottawa\n=Italy -> Rome\n=Japan -> Tokyo\n####It's good to know the capitals\n}",
    question: {
      kind: 'match',
      generalFeedback: "It's good to know the capitals",
      pairs: [{ prompt: 'Canada' }, { prompt: 'Italy' }, { prompt: 'Japan' }],
    },
  },
  {
    example: 'matching with an extra wrong answer (empty prompt)',
    gift: 'Match the chains with their jobs. {=Perception -> collects data =Decision -> supports command = -> makes laws}',
    question: {
      kind: 'match',
      pairs: [{ prompt: 'Perception' }, { prompt: 'Decision' }, { prompt: '', answer: 'makes laws' }],
    },
  },
  // Missing word
  {
    example: 'missing word',
    gift: 'Moodle costs {~lots of money =nothing ~a small amount} to download from moodle.org.',
    question: {
      kind: 'multichoice',
      text: 'Moodle costs _____ to download from moodle.org.',
      choices: [{ text: 'lots of money' }, { correct: true, text: 'nothing' }, { text: 'a small amount' }],
    },
  },
  // Numerical
  {
    example: 'numerical with a tolerance',
    gift: 'When was Ulysses S. Grant born? {#1822:5}',
    question: { kind: 'numerical', answers: [{ value: 1822, tolerance: 5 }] },
  },
  {
    example: 'numerical with an exact value',
    gift: 'When was Ulysses S. Grant born?{#1822}',
    question: { kind: 'numerical', answers: [{ value: 1822 }] },
  },
  {
    example: 'numerical with a small tolerance, as a missing word',
    gift: 'What is the value of pi (to 3 decimal places)? {#3.14159:0.0005}.',
    question: {
      kind: 'numerical',
      text: 'What is the value of pi (to 3 decimal places)? _____.',
      answers: [{ value: 3.14159, tolerance: 0.0005 }],
    },
  },
  {
    example: 'numerical range',
    gift: 'What is the value of pi (to 3 decimal places)? {#3.141..3.142}.',
    question: { kind: 'numerical', answers: [{ min: 3.141, max: 3.142 }] },
  },
  {
    example: 'numerical range of whole numbers',
    gift: 'What is a number from 1 to 5? {#1..5}',
    question: { kind: 'numerical', answers: [{ min: 1, max: 5 }] },
  },
  {
    example: 'numerical as value and tolerance',
    gift: 'What is a number from 1 to 5? {#3:2}',
    question: { kind: 'numerical', answers: [{ value: 3, tolerance: 2 }] },
  },
  {
    example: 'multiple numerical answers with partial credit',
    gift: 'When was Ulysses S. Grant born? {#\n    =1822:0      # Correct! Full credit.\n    =%50%1822:2  # He was born in 1822. Half credit for being close.\n}',
    question: {
      kind: 'numerical',
      answers: [
        { value: 1822, tolerance: 0, feedback: 'Correct! Full credit.', line: 2 },
        {
          weight: 50,
          value: 1822,
          tolerance: 2,
          feedback: 'He was born in 1822. Half credit for being close.',
          line: 3,
        },
      ],
    },
  },
  // Options: comments, titles, feedback, weights, formats
  {
    example: 'a // comment line and a question title',
    gift: "// question: 1 name: Grant's tomb\n::Grant's tomb::Grant is buried in Grant's tomb.{F}",
    question: {
      kind: 'truefalse',
      title: "Grant's tomb",
      line: 2,
      comments: [{ line: 1, text: "question: 1 name: Grant's tomb" }],
    },
  },
  {
    example: 'question names',
    gift: '::Kanji Origins::Japanese characters originally came from what country? {=China ~India}',
    question: { title: 'Kanji Origins', text: 'Japanese characters originally came from what country?' },
  },
  {
    example: 'per-answer feedback in multiple choice',
    gift: "What's the answer to this multiple-choice question? {\n~wrong answer#feedback comment on the wrong answer\n~another wrong answer#feedback comment on this wrong answer\n=right answer#Very good!}",
    question: {
      choices: [
        { text: 'wrong answer', feedback: 'feedback comment on the wrong answer' },
        { text: 'another wrong answer', feedback: 'feedback comment on this wrong answer' },
        { correct: true, text: 'right answer', feedback: 'Very good!' },
      ],
    },
  },
  {
    example: 'per-answer feedback in short answer',
    gift: "Who's buried in Grant's tomb?{\n=no one#excellent answer!\n=nobody#excellent answer too!}",
    question: {
      kind: 'shortanswer',
      answers: [
        { text: 'no one', feedback: 'excellent answer!' },
        { text: 'nobody', feedback: 'excellent answer too!' },
      ],
    },
  },
  {
    example: 'percentage weights in multiple choice',
    gift: 'Difficult question.{~wrong answer ~%50%half credit answer =full credit answer}',
    question: {
      choices: [
        { text: 'wrong answer' },
        { weight: 50, text: 'half credit answer' },
        { correct: true, text: 'full credit answer' },
      ],
    },
  },
  {
    example: 'weights and feedback in multiple choice, as a missing word',
    gift: "::Jesus' hometown::Jesus Christ was from {\n~Jerusalem#This was an important city, but the wrong answer.\n~%25%Bethlehem#He was born here, but not raised here.\n~%50%Galilee#You need to be more specific.\n=Nazareth#Yes! That's right!}.",
    question: {
      kind: 'multichoice',
      text: 'Jesus Christ was from _____.',
      choices: [
        { text: 'Jerusalem' },
        { weight: 25, text: 'Bethlehem' },
        { weight: 50, text: 'Galilee', feedback: 'You need to be more specific.' },
        { correct: true, text: 'Nazareth' },
      ],
    },
  },
  {
    example: 'weights in short answer',
    gift: "::Jesus' hometown:: Jesus Christ was from {\n=Nazareth#Yes! That's right!\n=%75%Nazareth, Galilee#We wanted you to say just Nazareth, but we'll accept this.\n=%25%Galilee#We wanted you to say just Nazareth, but we'll accept this.}.",
    question: {
      kind: 'shortanswer',
      answers: [{ text: 'Nazareth' }, { weight: 75, text: 'Nazareth, Galilee' }, { weight: 25, text: 'Galilee' }],
    },
  },
  {
    example: 'multiple answers with positive and negative weights',
    gift: "What two people are entombed in Grant's tomb? {\n   ~%-100%No one\n   ~%50%Grant\n   ~%50%Grant's wife\n   ~%-100%Grant's father\n}",
    question: {
      kind: 'multichoice',
      choices: [
        { weight: -100, text: 'No one' },
        { weight: 50, text: 'Grant' },
        { weight: 50, text: "Grant's wife" },
        { weight: -100, text: "Grant's father" },
      ],
    },
  },
  {
    example: 'general feedback',
    gift: 'How many pennies are in a dollar?{#100####A penny is one hundredth of a dollar.}',
    question: {
      kind: 'numerical',
      answers: [{ value: 100 }],
      generalFeedback: 'A penny is one hundredth of a dollar.',
    },
  },
  {
    example: 'escaped = in answers',
    gift: 'Which answer equals 5? {\n   ~ \\= 2 + 2\n   = \\= 2 + 3\n   ~ \\= 2 + 4\n}',
    question: {
      kind: 'multichoice',
      choices: [{ text: '= 2 + 2' }, { correct: true, text: '= 2 + 3' }, { text: '= 2 + 4' }],
    },
  },
  {
    example: 'every control character escaped, with feedback over several lines',
    gift: '::GIFT Control Characters::\nWhich of the following is NOT a control character for the GIFT import format? {\n   ~ \\~     # \\~ is a control character.\n   ~ \\=     # \\= is a control character.\n   ~ \\#     # \\# is a control character.\n   ~ \\{     # \\{ is a control character.\n   ~ \\}     # \\} is a control character.\n   = \\\\     # Correct! \\\\ (backslash) is not a control character. BUT,\n              it is used to escape the control characters.\n}',
    question: {
      title: 'GIFT Control Characters',
      choices: [
        { text: '~', feedback: '~ is a control character.' },
        { text: '=', feedback: '= is a control character.' },
        { text: '#', feedback: '# is a control character.' },
        { text: '{', feedback: '{ is a control character.' },
        { text: '}', feedback: '} is a control character.' },
        {
          correct: true,
          text: '\\',
          feedback:
            'Correct! \\ (backslash) is not a control character. BUT,\n              it is used to escape the control characters.',
        },
      ],
    },
  },
  {
    example: 'an escaped colon and newline',
    gift: 'Ratio 3\\:1\\nor more?{T}',
    question: { text: 'Ratio 3:1\nor more?' },
  },
  {
    example: 'the [html] format',
    gift: '[html]Is <b>this</b> bold?{T}',
    question: { format: 'html', text: 'Is <b>this</b> bold?' },
  },
  {
    example: 'the [markdown] format after a title',
    gift: '::Bold::[markdown]Is **this** bold?{T}',
    question: { title: 'Bold', format: 'markdown', text: 'Is **this** bold?' },
  },
  { example: 'the [plain] format', gift: '[plain]Is <b>this</b> bold?{F}', question: { format: 'plain' } },
  { example: 'the [moodle] format', gift: '[moodle]Is this plain?{T}', question: { format: 'moodle' } },
  {
    example: 'a category before the question',
    gift: '$CATEGORY: tom/dick/harry\n\nIs the sky blue?{T}',
    question: { category: 'tom/dick/harry' },
  },
];

describe("Moodle's GIFT documentation examples", () => {
  it.each(cases)('reads the $example example', ({ gift, question }) => {
    const item = only(gift);
    expect(item.item).toBe('question');
    expect(item).toMatchObject({ question });
  });

  it('reports an essay by name and line instead of dropping it', () => {
    expect(parseGift('// essay\n\nWrite a short biography of Dag Hammarskjöld. {}').items).toEqual([
      { item: 'unsupported', line: 3, kind: 'essay' },
    ]);
  });

  it('reports a description by name and line instead of dropping it', () => {
    expect(parseGift('You can use your pencil and paper for these next math questions.').items).toEqual([
      { item: 'unsupported', line: 1, kind: 'description' },
    ]);
  });

  it('separates questions at blank lines and numbers them by their first line', () => {
    const lines = parseGift('Q1{T}\n\n\n// note\nQ2 {\n=a\n~b\n}\n\nQ3{#1}').items.map((item) =>
      item.item === 'question' ? item.question.line : 0,
    );
    expect(lines).toEqual([1, 5, 10]);
  });
});
