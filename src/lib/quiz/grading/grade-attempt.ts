import type { Quiz } from '../schema/quiz.schema';
import type { Response } from '../schema/response.schema';
import { gradeQuestion } from './grade-question';
import type { QuestionGrade } from './question-grade';

/** The result of grading a whole attempt. */
export interface AttemptGrade {
  /** Mean score of the questions in the attempt, 0 to 1 (unanswered questions count 0). */
  score: number;
  /** True when score reaches the quiz's passMark. */
  passed: boolean;
  /** The grade of each question in the attempt, by question id. */
  perQuestion: Record<string, QuestionGrade>;
}

/**
 * Grades an attempt. `questionIds` are the questions the student was given (see drawQuestions);
 * default: every question. Ids no longer in the quiz are skipped.
 */
export function gradeAttempt(
  quiz: Quiz,
  responses: Readonly<Record<string, Response>>,
  questionIds: readonly string[] = quiz.questions.map((question) => question.id),
): AttemptGrade {
  const perQuestion: Record<string, QuestionGrade> = {};
  for (const id of questionIds) {
    const question = quiz.questions.find((candidate) => candidate.id === id);
    if (question !== undefined) perQuestion[id] = gradeQuestion(question, responses[id]);
  }
  const grades = Object.values(perQuestion);
  const score = grades.length === 0 ? 0 : grades.reduce((sum, grade) => sum + grade.score, 0) / grades.length;
  return { score, passed: grades.length > 0 && score >= quiz.passMark - 1e-9, perQuestion };
}
