import '~/lib/quiz-site/browser-zod';
import { gradeAttempt } from '~/lib/quiz/grading/grade-attempt';
import { gradeQuestion } from '~/lib/quiz/grading/grade-question';
import { recordAttempt } from '~/lib/quiz/progress/record-attempt';
import type { Question } from '~/lib/quiz/schema/question.schema';
import { changedSinceStart, newDraft, randomSeed, seedFromSearch, shownQuestions } from '~/lib/quiz-site/attempt-plan';
import { type Draft, readDrafts, writeDraft } from '~/lib/quiz-site/draft-store';
import { fillTemplate } from '~/lib/quiz-site/fill-template';
import { type KeyValueStore, openBrowserStore } from '~/lib/quiz-site/key-value-store';
import { readProgress, writeProgress } from '~/lib/quiz-site/progress-store';
import { part } from './quiz-runner/dom-parts';
import { hideFeedback, showFeedback, verdictText } from './quiz-runner/feedback-view';
import { showHistory } from './quiz-runner/history-view';
import { moveItem } from './quiz-runner/ordering';
import { arrangeQuestion, lockQuestion, readResponse, resetQuestion, writeResponse } from './quiz-runner/question-dom';
import { scoreText, showResults } from './quiz-runner/results-view';
import { readRunnerData, type RunnerData } from './quiz-runner/runner-data';
import { reportStorageFailure } from './quiz-runner/storage-events';

/**
 * <quiz-runner>: takes a quiz in the browser. The page holds every question of the pool as real form
 * controls; this element shows the attempt's questions in its seeded order, grades with the quiz engine,
 * and saves the attempt after every answer (drafts) and when it is finished (progress), in localStorage.
 */
class QuizRunner extends HTMLElement {
  #data!: RunnerData;
  #store!: KeyValueStore;
  #draft!: Draft;
  #shown: Question[] = [];
  #abort = new AbortController();

  connectedCallback(): void {
    this.#data = readRunnerData(this);
    this.#store = openBrowserStore().store;
    const { quiz } = this.#data;
    const saved = readDrafts(this.#store)[quiz.id];
    const seed = seedFromSearch(location.search);
    const asked = new URLSearchParams(location.search).get('mode');
    const mode = asked === 'exam' || asked === 'practice' ? asked : this.#data.defaultMode;
    const restored = saved !== undefined && (seed === undefined || saved.seed === seed);
    this.#draft = restored
      ? saved
      : newDraft(quiz, mode, seed ?? randomSeed(), new Date().toISOString(), this.#data.hashes);
    if (!restored) this.#saveDraft();
    this.#render();
    if (restored && saved.finishedAt === undefined && Object.keys(saved.responses).length > 0) {
      this.#announce(this.#data.strings['client.restored']);
    }
    this.#listen();
    this.#scrollToLinkedQuestion();
  }

  // Search results link to /quiz/#q-<id>; the questions moved after the browser scrolled, so scroll again.
  #scrollToLinkedQuestion(): void {
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id.startsWith('q-') ? document.getElementById(id) : null;
    if (target !== null && !target.hidden) target.scrollIntoView();
  }

  disconnectedCallback(): void {
    this.#abort.abort();
    this.#abort = new AbortController();
  }

  #listen(): void {
    const options = { signal: this.#abort.signal };
    this.addEventListener('submit', (event) => this.#onSubmit(event), options);
    this.addEventListener('change', (event) => this.#onEdit(event), options);
    this.addEventListener('input', (event) => this.#onEdit(event), options);
    this.addEventListener('click', (event) => this.#onClick(event), options);
  }

  #question(li: HTMLElement): Question | undefined {
    return this.#shown.find((question) => question.id === li.dataset['question']);
  }

  #item(id: string): HTMLElement {
    return part(this, 'questions').querySelector<HTMLElement>(`li[data-question="${CSS.escape(id)}"]`) ?? this;
  }

  /** Shows the current attempt: its questions in order, saved answers, checked feedback, results when finished. */
  #render(): void {
    const { quiz, hashes, strings, lang } = this.#data;
    const draft = this.#draft;
    const shown = shownQuestions(quiz, draft);
    this.#shown = shown.map(({ question }) => question);
    const list = part(this, 'questions');
    for (const li of list.querySelectorAll<HTMLElement>('li[data-question]')) {
      li.hidden = true;
      resetQuestion(li);
      hideFeedback(li);
    }
    const changed = changedSinceStart(draft, hashes);
    shown.forEach(({ question, order }, index) => {
      const li = this.#item(question.id);
      arrangeQuestion(li, question, order);
      part(li, 'number').textContent = fillTemplate(strings['client.questionNumber'], {
        n: index + 1,
        total: shown.length,
      });
      const response = draft.responses[question.id];
      if (response !== undefined) writeResponse(li, question, response);
      part(li, 'changed').hidden = !(changed.has(question.id) && response !== undefined);
      const checked = draft.checked.includes(question.id);
      lockQuestion(li, checked);
      part(li, 'check-area').hidden = checked || draft.mode === 'exam';
      if (checked) showFeedback(li, question, response, gradeQuestion(question, response), strings, lang);
      list.append(li);
      li.hidden = false;
    });
    for (const radio of this.querySelectorAll<HTMLInputElement>('[data-part="setup"] input[name="mode"]')) {
      radio.checked = radio.value === draft.mode;
    }
    part(this, 'attempt-info').textContent = fillTemplate(strings['client.attemptInfo'], {
      mode: strings[draft.mode === 'exam' ? 'client.modeExam' : 'client.modePractice'],
      n: shown.length,
    });
    part(this, 'exam-area').hidden = draft.mode !== 'exam' || draft.finishedAt !== undefined;
    this.#updateAnswered();
    showResults(this, draft.finishedAt === undefined ? undefined : this.#grade(), quiz.passMark, strings, lang);
    this.#showHistory();
  }

  #grade() {
    return gradeAttempt(
      this.#data.quiz,
      this.#draft.responses,
      this.#shown.map((question) => question.id),
    );
  }

  #showHistory(): void {
    const { quiz, hashes, strings, lang } = this.#data;
    showHistory(this, readProgress(this.#store).attempts[quiz.id] ?? [], hashes, strings, lang);
  }

  #updateAnswered(): void {
    const answered = this.#shown.filter((question) => this.#draft.responses[question.id] !== undefined).length;
    part(this, 'answered').textContent = fillTemplate(this.#data.strings['client.answered'], {
      n: answered,
      total: this.#shown.length,
    });
  }

  #onSubmit(event: Event): void {
    const form = event.target as HTMLFormElement;
    event.preventDefault();
    if (form.matches('[data-part="setup"]')) {
      this.#startAttempt();
      return;
    }
    const li = form.closest<HTMLElement>('li[data-question]');
    const question = li === null ? undefined : this.#question(li);
    // In an exam, Enter in an answer field must not check anything: there is one submission at the end.
    if (li === null || question === undefined || this.#draft.mode === 'exam') return;
    if (this.#draft.checked.includes(question.id) || this.#draft.finishedAt !== undefined) return;
    this.#check(li, question);
  }

  #check(li: HTMLElement, question: Question): void {
    const { strings, lang } = this.#data;
    const response = readResponse(li, question);
    const needAnswer = part(li, 'need-answer');
    needAnswer.hidden = response !== undefined;
    if (response === undefined) {
      this.#announce(needAnswer.textContent ?? '');
      return;
    }
    this.#draft.responses[question.id] = response;
    this.#draft.checked.push(question.id);
    lockQuestion(li, true);
    const grade = gradeQuestion(question, response);
    showFeedback(li, question, response, grade, strings, lang);
    this.#saveDraft();
    const n = this.#shown.indexOf(question) + 1;
    this.#announce(fillTemplate(strings['client.announceChecked'], { n, verdict: verdictText(grade, strings, lang) }));
    part(li, 'feedback').focus();
    if (this.#shown.every((shown) => this.#draft.checked.includes(shown.id))) this.#finish(false);
  }

  #onEdit(event: Event): void {
    const target = event.target as HTMLElement;
    const li = target.closest<HTMLElement>('li[data-question]');
    const question = li === null ? undefined : this.#question(li);
    if (li === null || question === undefined || this.#draft.checked.includes(question.id)) return;
    this.#storeResponse(li, question);
  }

  #storeResponse(li: HTMLElement, question: Question): void {
    const response = readResponse(li, question);
    if (response === undefined) delete this.#draft.responses[question.id];
    else this.#draft.responses[question.id] = response;
    if (response !== undefined) part(li, 'need-answer').hidden = true;
    this.#saveDraft();
    this.#updateAnswered();
  }

  #onClick(event: Event): void {
    const target = event.target as HTMLElement;
    const move = target.closest<HTMLButtonElement>('button[data-move]');
    if (move !== null) {
      const moved = moveItem(move);
      const li = move.closest<HTMLElement>('li[data-question]');
      const question = li === null ? undefined : this.#question(li);
      if (moved === undefined || li === null || question === undefined) return;
      this.#storeResponse(li, question);
      const item = moved.item.querySelector('.text')?.textContent?.trim() ?? '';
      this.#announce(fillTemplate(this.#data.strings['client.moved'], { item, n: moved.position, total: moved.total }));
    } else if (target.closest('[data-part="submit"]') !== null) {
      this.#submitExam();
    } else if (target.closest('[data-part="restart"]') !== null) {
      this.#startAttempt();
    }
  }

  #submitExam(): void {
    if (this.#draft.finishedAt !== undefined) return;
    for (const question of this.#shown) {
      const li = this.#item(question.id);
      const response = readResponse(li, question);
      if (response !== undefined) this.#draft.responses[question.id] = response;
    }
    this.#draft.checked = this.#shown.map((question) => question.id);
    this.#finish(true);
  }

  /** Records the attempt in the progress, shows every question's feedback and the results. */
  #finish(focusResults: boolean): void {
    const { quiz, strings, lang } = this.#data;
    const finishedAt = new Date().toISOString();
    const progress = recordAttempt(readProgress(this.#store), quiz, {
      seed: this.#draft.seed,
      questionIds: this.#shown.map((question) => question.id),
      responses: this.#draft.responses,
      finishedAt,
    });
    if (!writeProgress(this.#store, progress)) reportStorageFailure();
    this.#draft.finishedAt = finishedAt;
    this.#saveDraft();
    this.#render();
    this.#announce(
      fillTemplate(strings['client.announceSubmitted'], {
        score: scoreText(this.#grade(), quiz.passMark, strings, lang),
      }),
    );
    if (focusResults) part(this, 'results-heading').focus();
  }

  #startAttempt(): void {
    const checked = this.querySelector<HTMLInputElement>('[data-part="setup"] input[name="mode"]:checked');
    const mode = checked?.value === 'exam' ? 'exam' : 'practice';
    const { quiz, hashes } = this.#data;
    this.#draft = newDraft(quiz, mode, randomSeed(), new Date().toISOString(), hashes);
    this.#saveDraft();
    this.#render();
    this.#announce(part(this, 'attempt-info').textContent ?? '');
    const first = this.#shown[0];
    if (first !== undefined) this.#item(first.id).querySelector<HTMLElement>('input, select, button')?.focus();
  }

  #saveDraft(): void {
    if (!writeDraft(this.#store, this.#data.quiz.id, this.#draft)) reportStorageFailure();
  }

  #announce(text: string): void {
    const announcer = part(this, 'announcer');
    // Clearing first makes screen readers announce a message even when it repeats the last one.
    announcer.textContent = '';
    requestAnimationFrame(() => (announcer.textContent = text));
  }
}

if (!customElements.get('quiz-runner')) customElements.define('quiz-runner', QuizRunner);
