import type { Question } from '~/lib/quiz/schema/question.schema';
import type { Response } from '~/lib/quiz/schema/response.schema';
import { childrenMatching, part, parts } from './dom-parts';
import { updateMoveButtons } from './ordering';

const inputs = (li: HTMLElement) => [...li.querySelectorAll<HTMLInputElement>('[data-part="options"] input')];
const orderItems = (li: HTMLElement) => childrenMatching(part(li, 'order'), 'li[data-item]');

/** Puts a question's parts in an attempt's display order (file-order indices, see presentationOrder). */
export function arrangeQuestion(li: HTMLElement, question: Question, order: readonly number[]): void {
  if (question.type === 'single' || question.type === 'multiple') {
    const container = part(li, 'options');
    for (const index of order) {
      const id = question.options[index]?.id ?? '';
      const option = childrenMatching(container, '[data-option]').find((element) => element.dataset['option'] === id);
      if (option !== undefined) container.append(option);
    }
  } else if (question.type === 'matching') {
    for (const select of parts<HTMLSelectElement>(li, 'match')) {
      const options = [...select.options];
      for (const index of order) {
        const option = options.find((candidate) => candidate.value === String(index));
        if (option !== undefined) select.append(option);
      }
    }
  } else if (question.type === 'ordering') {
    const list = part(li, 'order');
    const items = orderItems(li);
    for (const index of order) {
      const item = items.find((element) => element.dataset['item'] === String(index));
      if (item !== undefined) list.append(item);
    }
    updateMoveButtons(list);
  }
}

const indexOrNull = (value: string) => (value === '' ? null : Number(value));

/** What the student has entered for a question, or undefined when nothing is entered yet. */
export function readResponse(li: HTMLElement, question: Question): Response | undefined {
  const checked = inputs(li)
    .filter((input) => input.checked)
    .map((input) => input.value);
  switch (question.type) {
    case 'single':
      return checked[0] === undefined ? undefined : { type: 'single', choice: checked[0] };
    case 'multiple':
      return checked.length === 0 ? undefined : { type: 'multiple', choices: checked };
    case 'truefalse':
      return checked[0] === undefined ? undefined : { type: 'truefalse', answer: checked[0] === 'true' };
    case 'matching': {
      const matches = parts<HTMLSelectElement>(li, 'match').map((select) => indexOrNull(select.value));
      return matches.every((match) => match === null) ? undefined : { type: 'matching', matches };
    }
    case 'ordering':
      return { type: 'ordering', order: orderItems(li).map((item) => Number(item.dataset['item'])) };
    case 'short':
    case 'numeric': {
      const text = part<HTMLInputElement>(li, 'typed').value;
      return text.trim() === '' ? undefined : { type: question.type, text };
    }
  }
}

/** Shows a saved response in a question's controls (a response of another type is ignored). */
export function writeResponse(li: HTMLElement, question: Question, response: Response): void {
  if (response.type !== question.type) return;
  switch (response.type) {
    case 'single':
    case 'multiple':
    case 'truefalse': {
      const chosen =
        response.type === 'single'
          ? [response.choice]
          : response.type === 'multiple'
            ? response.choices
            : [String(response.answer)];
      for (const input of inputs(li)) input.checked = chosen.includes(input.value);
      break;
    }
    case 'matching':
      parts<HTMLSelectElement>(li, 'match').forEach((select, pair) => {
        const match = response.matches[pair];
        select.value = match === null || match === undefined ? '' : String(match);
      });
      break;
    case 'ordering':
      arrangeQuestion(
        li,
        question,
        response.order.filter((item): item is number => item !== null),
      );
      break;
    case 'short':
    case 'numeric':
      part<HTMLInputElement>(li, 'typed').value = response.text;
      break;
  }
}

/** Empties a question's controls, unlocks it and hides its feedback, ready for a new attempt. */
export function resetQuestion(li: HTMLElement): void {
  for (const input of inputs(li)) input.checked = false;
  for (const select of parts<HTMLSelectElement>(li, 'match')) select.value = '';
  for (const input of parts<HTMLInputElement>(li, 'typed')) input.value = '';
  lockQuestion(li, false);
  part(li, 'changed').hidden = true;
  part(li, 'need-answer').hidden = true;
}

/** Locks a question once it is checked or submitted (or unlocks it); a locked question hides its Check button. */
export function lockQuestion(li: HTMLElement, locked: boolean): void {
  part<HTMLFieldSetElement>(li, 'fieldset').disabled = locked;
  part(li, 'check-area').hidden = locked;
}
