import type { Question } from '../schema/question.schema';
import type { Response } from '../schema/response.schema';
import { gradeMatching, gradeOrdering } from './grade-arrangement';
import { gradeMultiple, gradeSingle, gradeTrueFalse } from './grade-choice';
import { gradeNumeric, gradeShort } from './grade-typed';
import { unansweredGrade, type QuestionGrade } from './question-grade';

type QuestionOf<T extends Question['type']> = Extract<Question, { type: T }>;

/**
 * Grades one response: score 0..1, whether it is fully correct, and feedback per chosen option.
 * A missing response, or one for another question type, grades as unanswered (score 0).
 */
export function gradeQuestion(question: Question, response: Response | undefined): QuestionGrade {
  if (response === undefined || response.type !== question.type) return unansweredGrade;
  // The types are equal (checked above), so each cast names the question type the response belongs to.
  switch (response.type) {
    case 'single':
      return gradeSingle(question as QuestionOf<'single'>, response.choice);
    case 'multiple':
      return gradeMultiple(question as QuestionOf<'multiple'>, response.choices);
    case 'truefalse':
      return gradeTrueFalse(question as QuestionOf<'truefalse'>, response.answer);
    case 'matching':
      return gradeMatching(question as QuestionOf<'matching'>, response.matches);
    case 'ordering':
      return gradeOrdering(question as QuestionOf<'ordering'>, response.order);
    case 'short':
      return gradeShort(question as QuestionOf<'short'>, response.text);
    case 'numeric':
      return gradeNumeric(question as QuestionOf<'numeric'>, response.text);
  }
}
