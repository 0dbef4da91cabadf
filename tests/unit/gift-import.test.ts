import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importGiftFile } from '~/lib/quiz/gift/gift-files';
import { GiftFileError } from '~/lib/quiz/gift/gift-problem';
import { giftToQuiz } from '~/lib/quiz/gift/gift-to-quiz';

const docsPath = 'tests/fixtures/gift/moodle-docs.gift';
const docs = readFileSync(docsPath, 'utf8');
const errorsOf = (gift: string) => {
  try {
    giftToQuiz(gift, 'bank.gift');
  } catch (error) {
    if (error instanceof GiftFileError) return error.message.split('\n');
    throw error;
  }
  return [];
};

describe('importing a GIFT file from Moodle', () => {
  it('refuses a file with essays or descriptions unless told to skip them, naming each with its line', () => {
    expect(errorsOf(docs)).toEqual([
      'bank.gift:7: warning: question "entombed": weights -100%, 50%, 50%, -100% are read as right (positive) or wrong (zero or negative); the course grades multiple response as max(0, (right ticked − wrong ticked) / right options)',
      'bank.gift:40: unsupported: essay ({}) questions are not supported by the course — remove it, or pass --skip-unsupported to import the rest',
      'bank.gift:42: unsupported: description (text with no answer block) questions are not supported by the course — remove it, or pass --skip-unsupported to import the rest',
    ]);
  });

  const { quiz, problems } = giftToQuiz(docs, docsPath, { lang: 'en', module: 'm1-grant', skipUnsupported: true });
  const byId = Object.fromEntries(quiz.questions.map((question) => [question.id, question]));

  it('imports the supported questions, naming them from their titles', () => {
    expect(quiz.questions.map((question) => `${question.id}:${question.type}`)).toEqual([
      'tomb:single',
      'entombed:multiple',
      'jesus-hometown:single',
      'jesus-hometown-2:short',
      'q5:truefalse',
      'q6:matching',
      'q7:numeric',
      'q8:numeric',
    ]);
    expect(quiz).toMatchObject({ id: 'moodle-docs', module: 'm1-grant', title: { zh: '', en: 'moodle-docs' } });
    expect(problems.map((problem) => `${problem.line}:${problem.severity}`)).toEqual([
      '7:warning',
      '40:unsupported',
      '42:unsupported',
    ]);
  });

  it('fills in the file’s language and leaves the other empty for validation to report', () => {
    expect(byId['tomb']).toMatchObject({
      prompt: { zh: '', en: "Who's buried in Grant's tomb?" },
      format: 'moodle',
      section: '',
      concepts: [],
      options: [
        { id: 'a', text: { zh: '', en: 'Grant' } },
        { id: 'b', text: { zh: '', en: 'Jefferson' } },
        {
          id: 'c',
          text: { zh: '', en: 'no one' },
          correct: true,
          feedback: { zh: '', en: 'Right: he is entombed, not buried.' },
        },
      ],
    });
  });

  it('reads positive weights of a multiple-answer question as its correct options', () => {
    expect(byId['entombed']).toMatchObject({
      options: [{ id: 'a' }, { id: 'b', correct: true }, { id: 'c', correct: true }, { id: 'd' }],
    });
    expect(JSON.stringify(byId['entombed'])).not.toContain('"correct":false');
  });

  it('keeps partial credit of single-choice and short answers and keeps the missing-word blank', () => {
    expect(byId['jesus-hometown']).toMatchObject({
      prompt: { en: 'Jesus Christ was from _____.' },
      options: [{ id: 'a' }, { id: 'b', credit: 0.25 }, { id: 'c', credit: 0.5 }, { id: 'd', correct: true }],
    });
    expect(byId['jesus-hometown-2']).toMatchObject({
      answers: [{ text: { en: 'Nazareth' } }, { credit: 0.75 }, { credit: 0.25 }],
    });
  });

  it('maps true/false feedback to the answer it belongs to', () => {
    expect(byId['q5']).toMatchObject({
      answer: false,
      feedbackIfTrue: { en: "No one is buried in Grant's tomb." },
      feedbackIfFalse: { en: 'Right.' },
    });
  });

  it('keeps matching pairs, numeric tolerances, partial credit and ranges', () => {
    expect(byId['q6']).toMatchObject({
      pairs: [{ prompt: { en: 'Canada' }, answer: { en: 'Ottawa' } }, {}, {}, { answer: { en: 'New Delhi' } }],
    });
    expect(byId['q7']).toMatchObject({
      answers: [
        { value: 1822, tolerance: 0 },
        { value: 1822, tolerance: 2, credit: 0.5 },
      ],
    });
    expect(byId['q8']).toMatchObject({ answers: [{ min: 3.141, max: 3.142 }] });
  });

  it('writes YAML and lists what it still needs, with lines in the YAML', () => {
    const imported = importGiftFile(docs, docsPath, 'src/content/quizzes/m1-grant.yaml', {
      lang: 'en',
      module: 'm1-grant',
      skipUnsupported: true,
    });
    expect(imported.yaml).toContain('  - id: tomb\n    type: single\n');
    const first = imported.todo[0];
    expect(first?.file).toBe('src/content/quizzes/m1-grant.yaml');
    expect(imported.yaml.split('\n')[(first?.line ?? 0) - 1]).toContain('zh: ""');
    expect(imported.todo.map((problem) => problem.message)).toContain(
      'missing translation: "zh" is empty — write the zh-Hant (Traditional Chinese) text',
    );
    expect(imported.todo.map((problem) => problem.message)).toContain(
      'section is empty — name the section of the paper this question tests, e.g. 三(四)',
    );
  });

  it('reports when a file mixes categories, since all questions go into one quiz', () => {
    const { problems: found } = giftToQuiz('$CATEGORY: a\n\nQ{T}\n\n$CATEGORY: b\n\nR{F}', 'x.gift');
    expect(found).toEqual([
      {
        line: 1,
        severity: 'warning',
        message: 'the file has 2 categories (a, b); all questions went into this one quiz',
      },
    ]);
  });
});

describe('GIFT errors', () => {
  it.each([
    {
      what: 'an answer block that is not closed',
      gift: 'Q1{T}\n\nWho is buried {\n=Grant\n',
      error: 'bank.gift:3: the answer block opened with "{" is not closed — add "}" (escape a literal brace as \\{)',
    },
    {
      what: 'a title that is not closed',
      gift: '::Grant Who is buried?{T}',
      error: 'bank.gift:1: the title opened with "::" is not closed — write ::title:: (escape a colon in it as \\:)',
    },
    {
      what: 'a number that is not one',
      gift: 'Year?{#\n=18x22\n}',
      error: 'bank.gift:2: value "18x22" is not a number — write e.g. 3.14, 1822:5 or 1..5',
    },
    {
      what: 'a matching pair with no arrow',
      gift: 'Match {\n=a -> b\n=c\n}',
      error: 'bank.gift:3: matching pair "c" has no "->" — write =prompt -> answer',
    },
    {
      what: 'text before the first answer',
      gift: 'Who? {\nGrant ~Lee =nobody}',
      error: 'bank.gift:2: text "Grant" before the first answer — start each answer with ~ or =',
    },
    {
      what: 'two answer blocks',
      gift: 'A {T} and {F}',
      error: 'bank.gift:1: a second answer block — a question has one {…}; escape a literal brace as \\{',
    },
    {
      what: 'an empty answer',
      gift: 'Who?{=Grant = }',
      error: 'bank.gift:1: an answer after "=" is empty — write its text or remove the "="',
    },
    {
      what: 'a negative weight in single choice',
      gift: 'Who?{\n=Grant\n~%-50%Lee\n}',
      error:
        'bank.gift:3: question "q1": negative weight -50% in a single-choice question — the course never subtracts points here; use 0% or remove it',
    },
    {
      what: 'a negative weight in short answer',
      gift: 'Who?{\n=Grant\n=%-50%Lee\n}',
      error:
        'bank.gift:3: question "q1": negative weight -50% — the course never subtracts points here; use 0% or remove the weight',
    },
  ])('reports $what with its line', ({ gift, error }) => {
    expect(errorsOf(gift)).toEqual([error]);
  });

  it('reports every broken question of a file, not just the first', () => {
    expect(errorsOf('A{#x}\n\nB{T}\n\nC{=a -> b =c}').map((line) => line.split(':').slice(0, 2).join(':'))).toEqual([
      'bank.gift:1',
      'bank.gift:5',
    ]);
  });
});
