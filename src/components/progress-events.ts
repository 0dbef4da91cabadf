/** Fired on document after an import changed the saved progress, so the overview shows it at once. */
export const progressChangedEvent = 'nqpsce:progress-changed';

/** Tells the page that the saved progress changed. */
export function reportProgressChanged(): void {
  document.dispatchEvent(new CustomEvent(progressChangedEvent));
}
