import { childrenMatching } from './dom-parts';

/**
 * Marks the first item's "Move up" and the last item's "Move down" with aria-disabled rather than
 * disabled, so a button that has focus keeps it after its item reaches the end of the list.
 */
export function updateMoveButtons(list: HTMLElement): void {
  const items = childrenMatching(list, 'li[data-item]');
  items.forEach((item, position) => {
    for (const button of item.querySelectorAll<HTMLButtonElement>('button[data-move]')) {
      const step = Number(button.dataset['move']);
      const blocked = (step < 0 && position === 0) || (step > 0 && position === items.length - 1);
      button.setAttribute('aria-disabled', String(blocked));
    }
  });
}

/** Where an item ended up after a move. */
export interface MoveResult {
  item: HTMLElement;
  /** 1-based position after the move. */
  position: number;
  total: number;
}

/**
 * Moves the item of a clicked "Move up"/"Move down" button one place and keeps keyboard focus on that
 * button (or, at the end of the list, on the item's other button). Returns undefined when it cannot move.
 */
export function moveItem(button: HTMLButtonElement): MoveResult | undefined {
  const item = button.closest<HTMLElement>('li[data-item]');
  const list = item?.parentElement;
  if (item === null || item === undefined || list === null || list === undefined) return undefined;
  if (button.getAttribute('aria-disabled') === 'true') return undefined;
  const items = childrenMatching(list, 'li[data-item]');
  const from = items.indexOf(item);
  const step = Number(button.dataset['move']);
  const neighbour = items[from + step];
  if (neighbour === undefined) return undefined;
  if (step < 0) list.insertBefore(item, neighbour);
  else list.insertBefore(neighbour, item);
  updateMoveButtons(list);
  for (const element of items) element.classList.toggle('moved', element === item);
  // Moving a node in the DOM drops its focus; give it back so the keyboard user can keep moving.
  const other = item.querySelector<HTMLButtonElement>(`button[data-move="${String(-step)}"]`);
  (button.getAttribute('aria-disabled') === 'true' && other !== null ? other : button).focus();
  return { item, position: from + step + 1, total: items.length };
}
