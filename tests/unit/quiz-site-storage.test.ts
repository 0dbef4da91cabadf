import { describe, expect, it } from 'vitest';
import { emptyProgress } from '~/lib/quiz/progress/progress.schema';
import { type Draft, draftsStorageKey, readDrafts, writeDraft } from '~/lib/quiz-site/draft-store';
import { type KeyValueStore, memoryStore } from '~/lib/quiz-site/key-value-store';
import {
  discardUnreadable,
  progressStorageKey,
  readProgress,
  unreadableCopies,
  writeProgress,
} from '~/lib/quiz-site/progress-store';

const attempt = {
  finishedAt: '2025-03-01T09:30:00.000Z',
  seed: 7,
  score: 1,
  passed: true,
  questions: [{ id: 'q1', hash: 'abc', score: 1, response: { type: 'truefalse' as const, answer: true } }],
};
const saved = { version: 2 as const, attempts: { 'intro-quiz': [attempt] }, modules: { intro: {} } };
const draft: Draft = {
  mode: 'exam',
  seed: 42,
  startedAt: '2025-03-01T09:00:00.000Z',
  questions: [{ id: 'q1', hash: 'abc' }],
  responses: { q1: { type: 'short', text: '評估鏈' } },
  checked: [],
};

function refusingStore(): KeyValueStore {
  return {
    getItem: () => null,
    setItem: () => {
      throw new DOMException('full', 'QuotaExceededError');
    },
    removeItem: () => undefined,
  };
}

describe('progress in localStorage', () => {
  it('uses the versioned key nqpsce.progress.v1 and reads back what it wrote', () => {
    const store = memoryStore();
    expect(writeProgress(store, saved)).toBe(true);
    expect(store.entries.has('nqpsce.progress.v1')).toBe(true);
    expect(readProgress(store)).toEqual(saved);
    expect(unreadableCopies(store, [progressStorageKey])).toEqual([]);
  });

  it('recovers from text that is not JSON: fresh progress, the original kept aside, the repaired data saved', () => {
    const store = memoryStore([[progressStorageKey, '{not json']]);
    expect(readProgress(store)).toEqual(emptyProgress());
    expect(unreadableCopies(store, [progressStorageKey])).toEqual([{ key: progressStorageKey, raw: '{not json' }]);
    expect(JSON.parse(store.getItem(progressStorageKey) ?? '')).toEqual(emptyProgress());
  });

  it('salvages the readable attempts of a partly damaged save and keeps the whole original', () => {
    const damaged = JSON.stringify({ ...saved, attempts: { ...saved.attempts, broken: [{ score: 'x' }] } });
    const store = memoryStore([[progressStorageKey, damaged]]);
    expect(readProgress(store).attempts).toEqual(saved.attempts);
    expect(unreadableCopies(store, [progressStorageKey])[0]?.raw).toBe(damaged);
  });

  it('never overwrites the first unreadable copy with a later one, until the student deletes it', () => {
    const store = memoryStore([[progressStorageKey, '{first']]);
    readProgress(store);
    store.setItem(progressStorageKey, '{second');
    readProgress(store);
    expect(unreadableCopies(store, [progressStorageKey])[0]?.raw).toBe('{first');
    discardUnreadable(store, [progressStorageKey]);
    expect(unreadableCopies(store, [progressStorageKey])).toEqual([]);
  });

  it('says so, without throwing, when the browser refuses to save', () => {
    expect(writeProgress(refusingStore(), saved)).toBe(false);
    expect(readProgress(refusingStore())).toEqual(emptyProgress());
    expect(writeDraft(refusingStore(), 'intro-quiz', draft)).toBe(false);
  });
});

describe('unfinished attempts in localStorage', () => {
  it('keeps one attempt per quiz under nqpsce.quiz-drafts.v1 and forgets one without touching the others', () => {
    const store = memoryStore();
    writeDraft(store, 'intro-quiz', draft);
    writeDraft(store, 'other-quiz', { ...draft, mode: 'practice' });
    expect(store.entries.has('nqpsce.quiz-drafts.v1')).toBe(true);
    expect(readDrafts(store)).toEqual({ 'intro-quiz': draft, 'other-quiz': { ...draft, mode: 'practice' } });
    writeDraft(store, 'other-quiz', undefined);
    expect(Object.keys(readDrafts(store))).toEqual(['intro-quiz']);
  });

  it('recovers from damaged drafts: the readable ones stay, the original text is kept aside', () => {
    const raw = JSON.stringify({ version: 1, drafts: { 'intro-quiz': draft, bad: { mode: 'x' } } });
    const store = memoryStore([[draftsStorageKey, raw]]);
    expect(readDrafts(store)).toEqual({ 'intro-quiz': draft });
    expect(unreadableCopies(store, [draftsStorageKey])).toEqual([{ key: draftsStorageKey, raw }]);
    const garbage = memoryStore([[draftsStorageKey, '{not json']]);
    expect(readDrafts(garbage)).toEqual({});
    expect(unreadableCopies(garbage, [draftsStorageKey])[0]?.raw).toBe('{not json');
  });
});
