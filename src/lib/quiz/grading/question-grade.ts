import type { Text } from '../schema/text.schema';

/** Feedback on one thing the student chose. */
export interface ChoiceFeedback {
  /** What it is about: an option id, "true" or "false", or "answer-<n>" (file-order index of a short/numeric answer). */
  choice: string;
  /** The feedback text in both languages. */
  text: Text;
}

/** The result of grading one response. */
export interface QuestionGrade {
  /** Fraction of the question's credit earned, 0 to 1. */
  score: number;
  /** True when the response earns full credit. */
  correct: boolean;
  /** False when nothing was answered (or the response is for another question type). */
  answered: boolean;
  /** Feedback on what the student chose, in the order they appear in the file. */
  feedback: ChoiceFeedback[];
}

/** The grade of a question left unanswered. */
export const unansweredGrade: QuestionGrade = { score: 0, correct: false, answered: false, feedback: [] };

/** A grade for an answered question; the score is clamped to 0..1 and `correct` derived from it. */
export function answeredGrade(score: number, feedback: ChoiceFeedback[] = []): QuestionGrade {
  const clamped = Math.min(1, Math.max(0, score));
  return { score: clamped, correct: clamped >= 1 - 1e-9, answered: true, feedback };
}

/** Feedback entries for the given optional feedback texts, skipping the absent ones. */
export function feedbackFor(entries: readonly [string, Text | undefined][]): ChoiceFeedback[] {
  return entries.flatMap(([choice, text]) => (text === undefined ? [] : [{ choice, text }]));
}
