import type { AttemptGrade } from '~/lib/quiz/grading/grade-attempt';
import type { QuizClientStrings } from '~/lib/quiz-site/client-strings';
import { fillTemplate, formatPercent } from '~/lib/quiz-site/fill-template';
import { part } from './dom-parts';

/** The score line of a finished attempt, e.g. "Score 75%; the pass mark is 70%." */
export function scoreText(grade: AttemptGrade, passMark: number, strings: QuizClientStrings, lang: string): string {
  return fillTemplate(strings['client.score'], {
    score: formatPercent(grade.score, lang),
    pass: formatPercent(passMark, lang),
  });
}

/** Fills and shows the results of a finished attempt (or hides them with `grade` undefined). */
export function showResults(
  root: HTMLElement,
  grade: AttemptGrade | undefined,
  passMark: number,
  strings: QuizClientStrings,
  lang: string,
): void {
  const section = part(root, 'results');
  section.hidden = grade === undefined;
  if (grade === undefined) return;
  const grades = Object.values(grade.perQuestion);
  part(section, 'results-score').textContent = scoreText(grade, passMark, strings, lang);
  part(section, 'results-count').textContent = fillTemplate(strings['client.rightCount'], {
    right: grades.filter((question) => question.correct).length,
    total: grades.length,
  });
  part(section, 'results-outcome').textContent = strings[grade.passed ? 'client.passed' : 'client.failed'];
  section.dataset['passed'] = String(grade.passed);
}
