import '~/lib/quiz-site/browser-zod';
import { readDrafts, draftsStorageKey } from '~/lib/quiz-site/draft-store';
import { dateStamp, downloadText } from '~/lib/quiz-site/download-text';
import { openBrowserStore } from '~/lib/quiz-site/key-value-store';
import { discardUnreadable, progressStorageKey, readProgress, unreadableCopies } from '~/lib/quiz-site/progress-store';
import { storageFailedEvent } from './quiz-runner/storage-events';

const keys = [progressStorageKey, draftsStorageKey];

/**
 * <progress-recovery>: says so when saved progress could not be read (it was salvaged, and the original
 * text kept) and offers the original for download before it is deleted; or when the browser cannot save.
 */
class ProgressRecovery extends HTMLElement {
  #abort = new AbortController();

  connectedCallback(): void {
    const { store, persistent } = openBrowserStore();
    // Reading repairs damaged data and keeps the original aside; the notice then reports what was kept.
    readProgress(store);
    readDrafts(store);
    const body = this.#part('body');
    const copies = unreadableCopies(store, keys);
    if (copies.length > 0) this.#show(this.dataset['recovered'] ?? '', true);
    else if (!persistent) this.#show(this.dataset['unavailable'] ?? '', false);
    const signal = this.#abort.signal;
    document.addEventListener(storageFailedEvent, () => this.#show(this.dataset['unavailable'] ?? '', false), {
      signal,
    });
    this.#part('download').addEventListener(
      'click',
      () => {
        const text = unreadableCopies(store, keys)
          .map(({ key, raw }) => `// ${key}\n${raw}`)
          .join('\n\n');
        downloadText(text, `nqpsce-unreadable-progress-${dateStamp()}.txt`, 'text/plain');
      },
      { signal },
    );
    this.#part('discard').addEventListener(
      'click',
      () => {
        discardUnreadable(store, keys);
        body.hidden = true;
      },
      { signal },
    );
  }

  disconnectedCallback(): void {
    this.#abort.abort();
    this.#abort = new AbortController();
  }

  #part(name: string): HTMLElement {
    const element = this.querySelector<HTMLElement>(`[data-part="${name}"]`);
    if (element === null) throw new Error(`progress-recovery markup has no [data-part="${name}"]`);
    return element;
  }

  #show(message: string, withButtons: boolean): void {
    this.#part('message').textContent = message;
    this.#part('buttons').hidden = !withButtons;
    this.#part('body').hidden = false;
  }
}

if (!customElements.get('progress-recovery')) customElements.define('progress-recovery', ProgressRecovery);
