/** Fired on document when saving to localStorage failed, so the recovery notice can say progress is not kept. */
export const storageFailedEvent = 'nqpsce:storage-failed';

/** Tells the page that a save failed. */
export function reportStorageFailure(): void {
  document.dispatchEvent(new CustomEvent(storageFailedEvent));
}
