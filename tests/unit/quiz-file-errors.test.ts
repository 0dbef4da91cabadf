import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseQuizFile } from '~/lib/quiz/file/parse-quiz-file';
import { QuizFileError } from '~/lib/quiz/file/quiz-file-error';

const file = 'src/content/quizzes/m1.yaml';
// Line numbers in the expected messages below refer to this text (and the snippets appended to it).
const valid = `id: m1-quiz
module: m1-intro
title: { zh: 導論, en: Introduction }
questions:
  - id: q1
    type: single
    section: 三(四)
    concepts: [chain-perception]
    prompt: { zh: 第一環？, en: First link? }
    options:
      - { id: a, text: { zh: 感知鏈, en: Perception }, correct: true }
      - { id: b, text: { zh: 處置鏈, en: Disposal } }
    explanation: { zh: 見三(四)。, en: See 三(四). }
`;
const question = (id: string, body: string) => `  - id: ${id}
    section: 三(四)
    concepts: [chain-perception]
    prompt: { zh: 問題, en: Question }
    explanation: { zh: 見三(四)。, en: See 三(四). }
${body}`;

/** The formatted problems of a quiz text, one per line. */
function problemsOf(text: string): string[] {
  try {
    parseQuizFile(text, file);
  } catch (error) {
    if (error instanceof QuizFileError) return error.message.split('\n');
    throw error;
  }
  return [];
}

describe('quiz file validation', () => {
  it('accepts a valid quiz and fills in the defaults', () => {
    expect(parseQuizFile(valid, file).quiz).toMatchObject({
      passMark: 0.7,
      mode: 'practice',
      shuffle: true,
      questions: [{ format: 'markdown', options: [{ correct: true }, { correct: false }] }],
    });
  });

  it('accepts the fixture with one question of every type', () => {
    const { quiz } = parseQuizFile(readFileSync('tests/fixtures/quiz/all-types.yaml', 'utf8'), 'all-types.yaml');
    expect(quiz.questions.map((q) => q.type)).toEqual([
      'single',
      'multiple',
      'truefalse',
      'matching',
      'ordering',
      'short',
      'numeric',
    ]);
  });

  it.each([
    {
      problem: 'a single-choice question with no right answer',
      text: valid.replace(', correct: true }', ' }'),
      errors: [
        `${file}:11:7: question "q1": single-choice question has no correct option — mark exactly one option with correct: true`,
      ],
    },
    {
      problem: 'a single-choice question with two right answers',
      text: valid.replace('en: Disposal } }', 'en: Disposal }, correct: true }'),
      errors: [
        `${file}:12:60: question "q1": single-choice question has 2 correct options (a, b) — keep exactly one correct: true, or use type: multiple`,
      ],
    },
    {
      problem: 'a multiple-response question with no right answer',
      text: valid.replace('type: single', 'type: multiple').replace(', correct: true }', ' }'),
      errors: [
        `${file}:11:7: question "q1": multiple-response question has no correct option — mark at least one option with correct: true`,
      ],
    },
    {
      problem: 'duplicate option ids',
      text: valid.replace('{ id: b,', '{ id: a,'),
      errors: [
        `${file}:12:15: question "q1": duplicate option id "a" — option ids must be unique within a question; rename this one`,
      ],
    },
    {
      problem: 'duplicate question ids',
      text: valid + question('q1', '    type: truefalse\n    answer: true\n'),
      errors: [
        `${file}:14:9: question "q1": duplicate question id "q1" — question ids must be unique within a quiz; rename this one`,
      ],
    },
    {
      problem: 'a negative numeric tolerance',
      text: valid + question('q2', '    type: numeric\n    answers:\n      - { value: 3.14, tolerance: -0.01 }\n'),
      errors: [
        `${file}:21:35: question "q2": numeric tolerance is negative — tolerance is a distance; write it without the minus sign`,
      ],
    },
    {
      problem: 'an ordering question with fewer than 2 items',
      text: valid + question('q2', '    type: ordering\n    items:\n      - { zh: 感知鏈, en: Perception }\n'),
      errors: [`${file}:21:7: question "q2": an ordering question needs at least 2 items — add more`],
    },
    {
      problem: 'a matching question with duplicate prompts',
      text:
        valid +
        question(
          'q2',
          '    type: matching\n    pairs:\n      - { prompt: { zh: 感知鏈, en: Perception }, answer: { zh: 收集, en: Collects } }\n      - { prompt: { zh: 感知鏈, en: Sensing }, answer: { zh: 評估, en: Assesses } }\n',
        ),
      errors: [
        `${file}:22:25: question "q2": duplicate matching prompt "感知鏈" — each prompt must differ so it has one right answer`,
      ],
    },
    {
      problem: 'an empty translation',
      text: valid.replace('en: First link?', 'en: ""'),
      errors: [`${file}:9:29: question "q1": missing translation: "en" is empty — write the English text`],
    },
    {
      problem: 'a missing translation',
      text: valid.replace('prompt: { zh: 第一環？, en: First link? }', 'prompt: { en: First link? }'),
      errors: [
        `${file}:9:13: question "q1": missing translation: "zh" is missing — write the zh-Hant (Traditional Chinese) text`,
      ],
    },
    {
      problem: 'text given in one language only',
      text: valid.replace('prompt: { zh: 第一環？, en: First link? }', 'prompt: First link?'),
      errors: [
        `${file}:9:13: question "q1": text must be given in both languages as { zh: …, en: … } — write the zh-Hant text under zh and the English under en`,
      ],
    },
    {
      problem: 'an explanation with no section citation',
      text: valid.replace('en: See 三(四).', 'en: See the paper.'),
      errors: [
        `${file}:13:36: question "q1": explanation (en) cites no section of the paper — add a citation like 三(四) so students can check the source`,
      ],
    },
    {
      problem: 'an unknown question type',
      text: valid.replace('type: single', 'type: choice'),
      errors: [
        `${file}:6:11: question "q1": unknown question type "choice" — write type: one of single, multiple, truefalse, matching, ordering, short, numeric`,
      ],
    },
    {
      problem: 'a missing field',
      text: valid.replace('    explanation: { zh: 見三(四)。, en: See 三(四). }\n', ''),
      errors: [`${file}:5:5: question "q1": missing field "explanation" — add it`],
    },
    {
      problem: 'a misspelt field',
      text: valid.replace('concepts:', 'concept:'),
      errors: [
        `${file}:5:5: question "q1": missing field "concepts" — add it`,
        `${file}:8:14: question "q1": unknown field "concept" — remove it or check the spelling (see docs/quiz-format.md)`,
      ],
    },
    {
      problem: 'a pass mark written as a percentage',
      text: valid.replace('title:', 'passMark: 70\ntitle:'),
      errors: [`${file}:3:11: passMark is above 1 — passMark is a fraction, write 0.7 for 70%`],
    },
    {
      problem: 'drawing more questions than the pool holds',
      text: `drawCount: 3\n${valid}`,
      errors: [`${file}:1:12: drawCount 3 is more than the 1 questions in the pool — lower it or add questions`],
    },
    {
      problem: 'credit on the correct option',
      text: valid.replace('correct: true }', 'correct: true, credit: 0.5 }'),
      errors: [`${file}:11:76: question "q1": the correct option always earns full credit — remove credit from it`],
    },
    {
      problem: 'a short-answer question where no answer earns full credit',
      text:
        valid +
        question(
          'q2',
          '    type: short\n    answers:\n      - { text: { zh: 感知鏈, en: perception }, credit: 0.5 }\n',
        ),
      errors: [
        `${file}:21:7: question "q2": no answer earns full credit — give at least one answer credit: 1 (or leave credit out)`,
      ],
    },
    {
      problem: 'a numeric answer with both a value and a range',
      text: valid + question('q2', '    type: numeric\n    answers:\n      - { value: 3, min: 1, max: 5 }\n'),
      errors: [
        `${file}:21:9: question "q2": numeric answer has both value and min/max — use value ± tolerance or a min..max range, not both`,
      ],
    },
    {
      problem: 'an accepted short answer that is only punctuation',
      text: valid + question('q2', '    type: short\n    answers:\n      - { text: { zh: 。, en: yes } }\n'),
      errors: [
        `${file}:21:23: question "q2": accepted answer "。" is only punctuation, which is ignored when answers are compared — write words or digits`,
      ],
    },
    {
      problem: 'an unknown quiz mode',
      text: `mode: exam\n${valid}`,
      errors: [`${file}:1:7: "mode" must be "practice" or "test", found text "exam"`],
    },
    {
      problem: 'an unclosed quote',
      text: valid.replace('en: First link?', 'en: "First link?'),
      errors: [
        `${file}:14:1: YAML syntax: Missing closing "quote — a quote or bracket opened above this point is not closed; close it`,
      ],
    },
    {
      problem: 'a field written twice',
      text: valid.replace('    type: single\n', '    type: single\n    type: multiple\n'),
      errors: [
        `${file}:7:5: YAML syntax: Map keys must be unique — each field may appear once here; remove or rename this one`,
      ],
    },
    {
      problem: 'a tab used for indentation',
      text: valid.replace('    type: single', '\ttype: single'),
      errors: [`${file}:6:1: YAML syntax: Tabs are not allowed as indentation — indent with spaces, not tabs`],
    },
    {
      problem: 'an empty file',
      text: '',
      errors: [`${file}:1:1: the file is empty — write a quiz (see docs/quiz-format.md)`],
    },
  ])('reports $problem with file, line and question id', ({ text, errors }) => {
    expect(problemsOf(text)).toEqual(errors);
  });

  it('lists every problem of a file at once, in line order', () => {
    const text = valid
      .replace(', correct: true }', ' }')
      .replace('en: First link?', 'en: ""')
      .replace('module: m1-intro', 'module: M1 Intro');
    expect(problemsOf(text).map((line) => line.split(':').slice(1, 2).join())).toEqual(['2', '9', '11']);
  });

  it('gives the problems as data for editors and checks', () => {
    try {
      parseQuizFile(valid.replace('en: First link?', 'en: ""'), file);
      expect.unreachable();
    } catch (error) {
      expect((error as QuizFileError).problems).toEqual([
        {
          file,
          line: 9,
          col: 29,
          questionId: 'q1',
          message: 'missing translation: "en" is empty — write the English text',
        },
      ]);
    }
  });
});

describe('section citations in explanations', () => {
  it('accept a subsection, a whole part, Table 1, Figure 1, the abstract or a footnote', async () => {
    const { citesSection } = await import('~/lib/quiz/schema/section-citation');
    for (const text of [
      '見三(四)',
      'See 三（四）',
      '見第一部分',
      'See § 六',
      '見表1',
      'Figure 圖1',
      '見摘要',
      '見註9',
    ]) {
      expect(citesSection(text), text).toBe(true);
    }
    expect(citesSection('一切為了人民')).toBe(false);
  });
});
