import '~/lib/quiz-site/browser-zod';
import type { Progress } from '~/lib/quiz/progress/progress.schema';
import type { QuizClientStrings } from '~/lib/quiz-site/client-strings';
import { type Draft, readDrafts } from '~/lib/quiz-site/draft-store';
import { fillTemplate, formatPercent } from '~/lib/quiz-site/fill-template';
import { openBrowserStore } from '~/lib/quiz-site/key-value-store';
import { type ModuleEntry, type ModuleProgress, moduleProgress, nextModule } from '~/lib/quiz-site/module-status';
import { readProgress } from '~/lib/quiz-site/progress-store';
import { progressChangedEvent } from './progress-events';

const statusKey = {
  'not-started': 'client.statusNotStarted',
  'in-progress': 'client.statusInProgress',
  passed: 'client.statusPassed',
} as const;

/**
 * <progress-overview>: fills the server-rendered progress page from localStorage: each module's status,
 * best score and attempts in the tables and the bar charts (same numbers), and the next module to take.
 */
class ProgressOverview extends HTMLElement {
  #abort = new AbortController();

  connectedCallback(): void {
    this.#render();
    const options = { signal: this.#abort.signal };
    document.addEventListener(progressChangedEvent, () => this.#render(), options);
    // Another tab finishing a quiz changes the same storage.
    window.addEventListener('storage', () => this.#render(), options);
  }

  disconnectedCallback(): void {
    this.#abort.abort();
    this.#abort = new AbortController();
  }

  #render(): void {
    const strings = JSON.parse(this.dataset['strings'] ?? '{}') as QuizClientStrings;
    const entries = JSON.parse(this.querySelector('[data-part="entries"]')?.textContent ?? '[]') as ModuleEntry[];
    const { store } = openBrowserStore();
    const progress: Progress = readProgress(store);
    const drafts: Record<string, Draft> = readDrafts(store);
    const rows = entries.map((entry) => moduleProgress(entry, progress, drafts));
    const lang = document.documentElement.lang || 'zh-Hant';
    for (const row of rows) this.#fillRow(row, entries, strings, lang);
    for (const chart of this.querySelectorAll<HTMLElement>('[data-part="chart"]'))
      this.#label(chart, rows, strings, lang);
    const next = nextModule(entries, rows);
    const shown = next ?? (rows.every((row) => row.status === 'passed') ? 'done' : 'none');
    for (const line of this.querySelectorAll<HTMLElement>('[data-next]')) line.hidden = line.dataset['next'] !== shown;
  }

  #fillRow(row: ModuleProgress, entries: readonly ModuleEntry[], strings: QuizClientStrings, lang: string): void {
    const hasQuiz = entries.find((entry) => entry.slug === row.slug)?.quizId !== undefined;
    const best = row.best === null ? strings['client.noScore'] : formatPercent(row.best, lang);
    for (const tr of this.querySelectorAll<HTMLElement>(`tr[data-row="${CSS.escape(row.slug)}"]`)) {
      const cell = (name: string) => tr.querySelector<HTMLElement>(`[data-cell="${name}"]`);
      const status = cell('status');
      if (status !== null && hasQuiz) {
        status.textContent = strings[statusKey[row.status]];
        if (row.changedAttempts > 0) {
          const flag = document.createElement('span');
          flag.className = 'flag';
          flag.textContent = fillTemplate(strings['client.changedAttempts'], { n: row.changedAttempts });
          status.append(flag);
        }
      }
      const bestCell = cell('best');
      if (bestCell !== null) bestCell.textContent = best;
      const attempts = cell('attempts');
      if (attempts !== null) attempts.textContent = hasQuiz ? String(row.attempts) : '—';
      tr.dataset['status'] = row.status;
    }
    for (const bar of this.querySelectorAll<HTMLElement>(`[data-row="${CSS.escape(row.slug)}"]:not(tr)`)) {
      bar.dataset['status'] = row.status;
      bar.querySelector('[data-part="fill"]')?.setAttribute('width', `${String(Math.round((row.best ?? 0) * 100))}%`);
      const value = bar.querySelector('[data-part="value"]');
      if (value !== null) value.textContent = best;
    }
  }

  /** The chart's accessible name: its title and, per row, the same number as its table. */
  #label(chart: HTMLElement, rows: readonly ModuleProgress[], strings: QuizClientStrings, lang: string): void {
    const parts = [...chart.querySelectorAll<HTMLElement>('[data-row]')].map((bar) => {
      const row = rows.find((candidate) => candidate.slug === bar.dataset['row']);
      const name = bar.querySelector('[data-part="label"]')?.textContent?.trim() ?? '';
      const score =
        row === undefined || row.best === null
          ? strings[statusKey[row?.status ?? 'not-started']]
          : formatPercent(row.best, lang);
      return fillTemplate(strings['client.chartRow'], { name, score });
    });
    chart.setAttribute(
      'aria-label',
      fillTemplate(strings['client.chartLabel'], {
        title: chart.dataset['title'] ?? '',
        rows: parts.join(strings['client.separator']),
      }),
    );
  }
}

if (!customElements.get('progress-overview')) customElements.define('progress-overview', ProgressOverview);
