import type { Attempt } from '~/lib/quiz/progress/progress.schema';
import type { QuizClientStrings } from '~/lib/quiz-site/client-strings';
import { fillTemplate, formatPercent } from '~/lib/quiz-site/fill-template';
import { changesByHash, type QuestionHashes } from '~/lib/quiz-site/hash-changes';
import { part } from './dom-parts';

function flag(text: string): HTMLElement {
  const span = document.createElement('span');
  span.className = 'flag';
  span.textContent = text;
  return span;
}

/**
 * Lists the finished attempts at a quiz, newest first, each flagged when questions changed or were
 * removed since it was made (the attempt and its score are kept). Text only, through textContent.
 */
export function showHistory(
  root: HTMLElement,
  attempts: readonly Attempt[],
  hashes: QuestionHashes,
  strings: QuizClientStrings,
  lang: string,
): void {
  const list = part(root, 'history');
  part(root, 'history-none').hidden = attempts.length > 0;
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  list.replaceChildren(
    ...[...attempts].reverse().map((attempt) => {
      const item = document.createElement('li');
      item.dataset['attempt'] = attempt.finishedAt;
      item.textContent = fillTemplate(strings['client.historyItem'], {
        date: date.format(new Date(attempt.finishedAt)),
        score: formatPercent(attempt.score, lang),
        result: strings[attempt.passed ? 'client.historyPassed' : 'client.historyFailed'],
      });
      const { changed, removed } = changesByHash(attempt.questions, hashes);
      if (changed.length > 0) item.append(flag(fillTemplate(strings['client.historyChanged'], { n: changed.length })));
      if (removed.length > 0) item.append(flag(fillTemplate(strings['client.historyRemoved'], { n: removed.length })));
      item.dataset['changed'] = String(changed.length + removed.length > 0);
      return item;
    }),
  );
}
