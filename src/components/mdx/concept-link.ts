// Behaviour of ConceptLink's definition card, which CSS shows on hover and focus. Two things CSS
// cannot do: Escape hides the card without moving the pointer or focus (WCAG 1.4.13), and a card
// that would run past the window's right edge is shifted back into view.

const LINK = '[data-concept-link]';

function keepInView(link: HTMLElement): void {
  const card = link.querySelector<HTMLElement>('.card');
  if (!card) return;
  card.style.removeProperty('--card-shift');
  const overflow = card.getBoundingClientRect().right - (document.documentElement.clientWidth - 8);
  if (overflow > 0) card.style.setProperty('--card-shift', `${-overflow}px`);
}

function onEnter(event: Event): void {
  const link = (event.target as Element | null)?.closest<HTMLElement>(LINK);
  if (link) keepInView(link);
}

function onLeave(event: Event): void {
  const link = (event.target as Element | null)?.closest<HTMLElement>(LINK);
  const next = (event as FocusEvent | PointerEvent).relatedTarget as Node | null;
  if (link && !(next && link.contains(next))) delete link.dataset['dismissed'];
}

function onKey(event: KeyboardEvent): void {
  if (event.key !== 'Escape') return;
  for (const link of document.querySelectorAll<HTMLElement>(`${LINK}:hover, ${LINK}:focus-within`))
    link.dataset['dismissed'] = '';
}

// Listeners are installed once per page, however many links it has.
if (!document.documentElement.dataset['conceptLinks']) {
  document.documentElement.dataset['conceptLinks'] = 'ready';
  document.addEventListener('pointerover', onEnter);
  document.addEventListener('focusin', onEnter);
  document.addEventListener('pointerout', onLeave);
  document.addEventListener('focusout', onLeave);
  document.addEventListener('keydown', onKey);
}

// A module, not a global script: its names stay its own.
export {};
