import { gradeAttempt } from '../grading/grade-attempt';
import type { Quiz } from '../schema/quiz.schema';
import type { Response } from '../schema/response.schema';
import { maxAttemptsPerQuiz, type Attempt, type Progress } from './progress.schema';
import { questionContentHash } from './question-content-hash';

/** A submitted attempt, as the quiz page knows it. */
export interface SubmittedAttempt {
  /** The seed the attempt was presented with (see presentQuiz). */
  seed: number;
  /** Ids of the questions shown, in the order shown. */
  questionIds: readonly string[];
  /** Answers by question id. */
  responses: Readonly<Record<string, Response>>;
  /** When it was submitted, ISO 8601. */
  finishedAt: string;
}

/**
 * Progress with the attempt graded and added (keeping the newest maxAttemptsPerQuiz), and the quiz's
 * module marked complete when the attempt passed. The given progress is not changed.
 */
export function recordAttempt(progress: Progress, quiz: Quiz, submitted: SubmittedAttempt): Progress {
  const grade = gradeAttempt(quiz, submitted.responses, submitted.questionIds);
  const attempt: Attempt = {
    finishedAt: submitted.finishedAt,
    seed: submitted.seed,
    score: grade.score,
    passed: grade.passed,
    questions: quiz.questions
      .filter((question) => question.id in grade.perQuestion)
      .sort((a, b) => submitted.questionIds.indexOf(a.id) - submitted.questionIds.indexOf(b.id))
      .map((question) => {
        const response = submitted.responses[question.id];
        return {
          id: question.id,
          hash: questionContentHash(question),
          score: grade.perQuestion[question.id]?.score ?? 0,
          ...(response !== undefined && { response }),
        };
      }),
  };
  const attempts = [...(progress.attempts[quiz.id] ?? []), attempt].slice(-maxAttemptsPerQuiz);
  const completed = grade.passed && progress.modules[quiz.module] === undefined;
  return {
    ...progress,
    attempts: { ...progress.attempts, [quiz.id]: attempts },
    modules: completed
      ? { ...progress.modules, [quiz.module]: { completedAt: submitted.finishedAt } }
      : progress.modules,
  };
}

/** Progress with a module marked complete (kept as it is if it already was). */
export function markModuleComplete(progress: Progress, moduleSlug: string, completedAt: string): Progress {
  if (progress.modules[moduleSlug] !== undefined) return progress;
  return { ...progress, modules: { ...progress.modules, [moduleSlug]: { completedAt } } };
}
