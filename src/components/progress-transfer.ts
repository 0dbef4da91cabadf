import '~/lib/quiz-site/browser-zod';
import { exportProgress, importProgress } from '~/lib/quiz/progress/exchange-progress';
import type { Progress } from '~/lib/quiz/progress/progress.schema';
import type { QuizClientStrings } from '~/lib/quiz-site/client-strings';
import { dateStamp, downloadText } from '~/lib/quiz-site/download-text';
import { fillTemplate } from '~/lib/quiz-site/fill-template';
import { openBrowserStore } from '~/lib/quiz-site/key-value-store';
import { attemptCount, mergeProgress } from '~/lib/quiz-site/merge-progress';
import { readProgress, writeProgress } from '~/lib/quiz-site/progress-store';
import { reportProgressChanged } from './progress-events';
import { reportStorageFailure } from './quiz-runner/storage-events';

/**
 * <progress-transfer>: exports the saved progress as a JSON file and imports one. An import is validated
 * whole (importProgress); then the student merges it (nothing is lost) or replaces, after confirming.
 */
class ProgressTransfer extends HTMLElement {
  #abort = new AbortController();
  #pending: { name: string; progress: Progress } | undefined;
  #strings!: QuizClientStrings;

  connectedCallback(): void {
    this.#strings = JSON.parse(this.dataset['strings'] ?? '{}') as QuizClientStrings;
    const on = (name: string, type: string, handler: () => void) =>
      this.#part(name).addEventListener(type, handler, { signal: this.#abort.signal });
    on('export', 'click', () => this.#export());
    on('file', 'change', () => void this.#read());
    on('merge', 'click', () => this.#apply('merge'));
    on('replace', 'click', () => this.#confirmReplace());
    on('confirm-replace', 'click', () => this.#apply('replace'));
    on('cancel', 'click', () => this.#cancel());
    on('cancel-replace', 'click', () => this.#cancel());
  }

  disconnectedCallback(): void {
    this.#abort.abort();
    this.#abort = new AbortController();
  }

  #part<T extends HTMLElement = HTMLElement>(name: string): T {
    const element = this.querySelector<T>(`[data-part="${name}"]`);
    if (element === null) throw new Error(`progress-transfer markup has no [data-part="${name}"]`);
    return element;
  }

  #say(status: string, error = ''): void {
    this.#part('status').textContent = status;
    this.#part('error').textContent = error;
  }

  #export(): void {
    const progress = readProgress(openBrowserStore().store);
    downloadText(exportProgress(progress), `nqpsce-progress-${dateStamp()}.json`);
    this.#say(fillTemplate(this.#strings['client.exported'], { n: attemptCount(progress) }));
  }

  async #read(): Promise<void> {
    const input = this.#part<HTMLInputElement>('file');
    const file = input.files?.[0];
    if (file === undefined) return;
    const imported = importProgress(await file.text());
    if (!imported.ok) {
      this.#pending = undefined;
      this.#part('choice').hidden = true;
      this.#say('', fillTemplate(this.#strings['client.importFailed'], { name: file.name, detail: imported.error }));
      return;
    }
    this.#pending = { name: file.name, progress: imported.progress };
    this.#say('');
    this.#part('choice-text').textContent = fillTemplate(this.#strings['client.importChosen'], {
      name: file.name,
      n: attemptCount(imported.progress),
    });
    this.#part('choice').hidden = false;
    this.#part('merge').focus();
  }

  #confirmReplace(): void {
    this.#part('confirm-text').textContent = this.#strings['client.replaceWarning'];
    this.#part('confirm').hidden = false;
    this.#part('confirm-replace').focus();
  }

  #apply(how: 'merge' | 'replace'): void {
    const pending = this.#pending;
    if (pending === undefined) return;
    const { store } = openBrowserStore();
    const progress = how === 'merge' ? mergeProgress(readProgress(store), pending.progress) : pending.progress;
    if (!writeProgress(store, progress)) reportStorageFailure();
    this.#finish();
    const key = how === 'merge' ? 'client.imported' : 'client.replaced';
    this.#say(fillTemplate(this.#strings[key], { name: pending.name, n: attemptCount(progress) }));
    reportProgressChanged();
  }

  #cancel(): void {
    this.#finish();
    this.#say(this.#strings['client.cancelled']);
  }

  #finish(): void {
    this.#pending = undefined;
    this.#part('choice').hidden = true;
    this.#part('confirm').hidden = true;
    const input = this.#part<HTMLInputElement>('file');
    input.value = '';
    input.focus();
  }
}

if (!customElements.get('progress-transfer')) customElements.define('progress-transfer', ProgressTransfer);
