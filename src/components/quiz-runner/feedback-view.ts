import type { QuestionGrade } from '~/lib/quiz/grading/question-grade';
import type { Question } from '~/lib/quiz/schema/question.schema';
import type { Response } from '~/lib/quiz/schema/response.schema';
import { fillTemplate, formatPercent } from '~/lib/quiz-site/fill-template';
import type { QuizClientStrings } from '~/lib/quiz-site/client-strings';
import { childrenMatching, part, parts, setHidden } from './dom-parts';

/** The one-line verdict on a graded question, e.g. "Partly right: 50%." */
export function verdictText(grade: QuestionGrade, strings: QuizClientStrings, lang: string): string {
  if (!grade.answered) return strings['client.verdictUnanswered'];
  if (grade.correct) return strings['client.verdictRight'];
  if (grade.score > 0)
    return fillTemplate(strings['client.verdictPartial'], { score: formatPercent(grade.score, lang) });
  return strings['client.verdictWrong'];
}

function markChoices(li: HTMLElement, question: Question, response: Response | undefined): void {
  if (question.type !== 'single' && question.type !== 'multiple' && question.type !== 'truefalse') return;
  const chosen = new Set(
    response?.type === 'single'
      ? [response.choice]
      : response?.type === 'multiple'
        ? response.choices
        : response?.type === 'truefalse'
          ? [String(response.answer)]
          : [],
  );
  for (const option of li.querySelectorAll<HTMLElement>('[data-option]')) {
    const id = option.dataset['option'] ?? '';
    setHidden(option, '[data-mark="right"]', false);
    setHidden(option, '[data-mark="wrong"]', !chosen.has(id));
    setHidden(option, '[data-choice]', !chosen.has(id));
  }
}

function markArrangement(li: HTMLElement, question: Question, response: Response | undefined): void {
  if (question.type === 'matching') {
    const matches = response?.type === 'matching' ? response.matches : [];
    for (const row of li.querySelectorAll<HTMLElement>('[data-pair]:not(select)')) {
      const pair = Number(row.dataset['pair']);
      const right = matches[pair] === pair;
      setHidden(row, '[data-mark="right"]', !right);
      setHidden(row, '[data-mark="wrong"]', right);
    }
  } else if (question.type === 'ordering') {
    childrenMatching(part(li, 'order'), 'li[data-item]').forEach((item, position) => {
      const right = Number(item.dataset['item']) === position;
      setHidden(item, '[data-mark="right"]', !right);
      setHidden(item, '[data-mark="wrong"]', right);
    });
  }
}

/** Reveals a graded question's feedback: marks on the options, feedback on what was chosen, the right answer, the explanation. */
export function showFeedback(
  li: HTMLElement,
  question: Question,
  response: Response | undefined,
  grade: QuestionGrade,
  strings: QuizClientStrings,
  lang: string,
): void {
  markChoices(li, question, response);
  markArrangement(li, question, response);
  const panel = part(li, 'feedback');
  const shown = new Set(grade.feedback.map((entry) => entry.choice));
  for (const entry of panel.querySelectorAll<HTMLElement>('[data-choice]')) {
    entry.hidden = !shown.has(entry.dataset['choice'] ?? '');
  }
  part(panel, 'verdict').textContent = verdictText(grade, strings, lang);
  part(panel, 'right-answer').hidden = grade.correct;
  panel.dataset['result'] = grade.correct ? 'right' : grade.score > 0 ? 'partial' : 'wrong';
  panel.hidden = false;
}

/** Hides a question's feedback and marks again (for a new attempt). */
export function hideFeedback(li: HTMLElement): void {
  setHidden(li, '[data-mark]', true);
  setHidden(li, '[data-option] [data-choice]', true);
  for (const item of parts(li, 'order')) {
    for (const child of item.children) child.classList.remove('moved');
  }
  part(li, 'feedback').hidden = true;
}
