import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Graph } from '~/lib/graph/graph.schema';
import { parseQuizFile } from '~/lib/quiz/file/parse-quiz-file';
import { questionContentHash } from '~/lib/quiz/progress/question-content-hash';
import type { Quiz } from '~/lib/quiz/schema/quiz.schema';
import { changedSinceStart, newDraft, seedFromSearch, shownQuestions } from '~/lib/quiz-site/attempt-plan';
import { quizClientStrings } from '~/lib/quiz-site/client-strings';
import { gradingData, scriptJson } from '~/lib/quiz-site/grading-data';
import { quizPageView } from '~/lib/quiz-site/quiz-page-view';
import { plainText } from '~/lib/quiz-site/rich-text';

const { quiz } = parseQuizFile(readFileSync('tests/fixtures/quiz/all-types.yaml', 'utf8'), 'all-types.yaml');
const graph: Graph = {
  nodes: [
    {
      id: 'chain-perception',
      labels: ['Chain'],
      properties: { key: 'chain-perception', name_zh: '感知鏈', name_en: 'Perception chain' },
      origin: { file: 'test', line: 1 },
    },
  ],
  relationships: [],
};
const hashes = Object.fromEntries(quiz.questions.map((question) => [question.id, questionContentHash(question)]));
const byId = (view: ReturnType<typeof quizPageView>, id: string) =>
  view.questions.find((question) => question.id === id);

describe('the quiz page view', () => {
  const en = quizPageView(quiz, 'en', graph);
  const zh = quizPageView(quiz, 'zh-Hant', graph);

  it('shows the texts of the page language, zh-Hans reading the zh-Hant ones (the middleware converts them)', () => {
    expect(en.title).toBe('Governance tool innovation: the five chains');
    expect(zh.title).toBe('治理工具革新：五條治理鏈條');
    expect(quizPageView(quiz, 'zh-Hans', graph).title).toBe(zh.title);
    expect(plainText(byId(en, 'first-chain')?.prompt ?? [])).toBe('Which is the first of the five governance chains?');
  });

  it('carries each question build-time content hash, equal to the engine questionContentHash', () => {
    expect(Object.fromEntries(en.questions.map((question) => [question.id, question.hash]))).toEqual(hashes);
  });

  it('links concepts found in the graph by their name in the page language, and shows unknown keys as text', () => {
    const concepts = byId(en, 'first-chain')?.concepts;
    expect(concepts).toEqual([
      { key: 'chain-perception', name: 'Perception chain', href: '/en/concepts/chain-perception/' },
      { key: 'dim-tool-innovation', name: 'dim-tool-innovation', href: undefined },
    ]);
    expect(byId(zh, 'first-chain')?.concepts[0]).toMatchObject({ name: '感知鏈', href: '/concepts/chain-perception/' });
  });

  it('gives true/false two options and describes every right answer', () => {
    const truefalse = byId(en, 'disposal-first');
    expect(truefalse?.type === 'truefalse' && truefalse.options.map((option) => [option.id, option.correct])).toEqual([
      ['true', false],
      ['false', true],
    ]);
    expect(byId(en, 'fraud-calls')?.rightAnswer).toEqual({ kind: 'text', text: '27.5 (± 0.1)', alsoAccepted: [] });
    expect(byId(zh, 'name-assessment')?.rightAnswer).toEqual({ kind: 'text', text: '評估鏈', alsoAccepted: [] });
    expect(byId(en, 'chain-order')?.rightAnswer).toMatchObject({ kind: 'list', ordered: true });
  });

  it('gives the browser the quiz without explanations, with unchanged hashes, in JSON that cannot close its script element', () => {
    const data = gradingData(quiz);
    expect(data.questions.every((question) => question.explanation.zh === '' && question.explanation.en === '')).toBe(
      true,
    );
    expect(data.questions.map(questionContentHash)).toEqual(quiz.questions.map(questionContentHash));
    const json = scriptJson({ text: '</script><script>alert(1)</script>\u2028' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ text: '</script><script>alert(1)</script>\u2028' });
  });

  it('hands the browser only the client strings, in the page language', () => {
    const strings = quizClientStrings('en');
    expect(Object.keys(strings).every((key) => key.startsWith('client.'))).toBe(true);
    expect(strings['client.verdictRight']).toBe('Right.');
  });
});

describe('an attempt plan', () => {
  const pool: Quiz = { ...quiz, drawCount: 4 };

  it('draws drawCount questions with the seed, the same ones for the same seed', () => {
    const draft = newDraft(pool, 'practice', 123, '2025-03-01T09:00:00.000Z', hashes);
    expect(draft.questions).toHaveLength(4);
    expect(newDraft(pool, 'practice', 123, 'later', hashes).questions).toEqual(draft.questions);
    expect(draft.questions.every(({ id, hash }) => hashes[id] === hash)).toBe(true);
  });

  it('keeps its own questions when the pool changes, leaving out removed ones and flagging changed ones', () => {
    const draft = newDraft(pool, 'exam', 5, 'now', hashes);
    const [first, second] = draft.questions;
    const edited: Quiz = { ...pool, questions: pool.questions.filter((question) => question.id !== first?.id) };
    expect(shownQuestions(edited, draft).map(({ question }) => question.id)).toEqual(
      draft.questions.slice(1).map(({ id }) => id),
    );
    expect(changedSinceStart(draft, { ...hashes, [second?.id ?? '']: 'new' })).toEqual(new Set([second?.id]));
  });

  it('reads a seed from the address only when it is a 32-bit number', () => {
    expect(seedFromSearch('?seed=42')).toBe(42);
    expect(seedFromSearch('?seed=4294967295')).toBe(4294967295);
    expect(seedFromSearch('?seed=4294967296')).toBeUndefined();
    expect(seedFromSearch('?seed=-1')).toBeUndefined();
    expect(seedFromSearch('?mode=exam')).toBeUndefined();
  });
});
