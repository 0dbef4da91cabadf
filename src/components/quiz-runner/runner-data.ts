import type { Quiz } from '~/lib/quiz/schema/quiz.schema';
import type { QuizClientStrings } from '~/lib/quiz-site/client-strings';
import type { QuestionHashes } from '~/lib/quiz-site/hash-changes';
import { part } from './dom-parts';

/** What the quiz markup hands the browser. */
export interface RunnerData {
  /** The quiz for grading (built by gradingData; trusted, since the build validated it). */
  quiz: Quiz;
  /** The build's content hash of every question, from each question's data-hash. */
  hashes: QuestionHashes;
  strings: QuizClientStrings;
  /** The page's language, for numbers and dates. */
  lang: string;
  defaultMode: 'practice' | 'exam';
}

/** Reads the runner's data attributes and its JSON block. */
export function readRunnerData(root: HTMLElement): RunnerData {
  const quiz = JSON.parse(part(root, 'grading').textContent ?? '') as Quiz;
  const hashes: Record<string, string> = {};
  for (const li of root.querySelectorAll<HTMLElement>('li[data-question]')) {
    hashes[li.dataset['question'] ?? ''] = li.dataset['hash'] ?? '';
  }
  return {
    quiz,
    hashes,
    strings: JSON.parse(root.dataset['strings'] ?? '{}') as QuizClientStrings,
    lang: document.documentElement.lang || 'zh-Hant',
    defaultMode: root.dataset['defaultMode'] === 'exam' ? 'exam' : 'practice',
  };
}
