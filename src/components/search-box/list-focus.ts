/**
 * Arrow-key movement between a search field and the result links below it: down from the field goes
 * to the first link, up from the first link returns to the field. Returns false when focus did not move.
 */
export function moveFocusInList(
  field: HTMLElement,
  links: readonly HTMLElement[],
  from: EventTarget | null,
  step: 1 | -1,
): boolean {
  const at = from === field ? -1 : links.indexOf(from as HTMLElement);
  if (from !== field && at < 0) return false;
  const next = at + step;
  const target = next < 0 ? field : links[next];
  if (target === undefined || (at === -1 && step === -1)) return false;
  target.focus();
  return true;
}
