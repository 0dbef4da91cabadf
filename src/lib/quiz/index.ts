// The quiz engine's public API: schemas, file parsing, grading, seeded presentation, saved progress, GIFT.
// Pure TypeScript with no DOM, so the quiz island, build-time checks and CLI scripts share it.
export { textSchema, languages, type Text, type Language } from './schema/text.schema';
export { citesSection, sectionCitationPattern } from './schema/section-citation';
export {
  questionSchema,
  questionTypes,
  type Question,
  type QuestionInput,
  type QuestionType,
} from './schema/question.schema';
export { quizSchema, type Quiz, type QuizInput, type QuizMode } from './schema/quiz.schema';
export { responseSchema, type Response } from './schema/response.schema';
export { numericBounds } from './schema/numeric.schema';
export { parseQuizFile } from './file/parse-quiz-file';
export { QuizFileError, formatQuizProblem, type QuizProblem } from './file/quiz-file-error';
export { serializeQuizYaml } from './file/serialize-quiz-yaml';
export { gradeQuestion } from './grading/grade-question';
export { gradeAttempt, type AttemptGrade } from './grading/grade-attempt';
export { correctResponse } from './grading/correct-response';
export { matchingChoices } from './grading/grade-arrangement';
export { normaliseShortAnswer } from './grading/normalise-short-answer';
export { parseNumericAnswer } from './grading/parse-numeric-answer';
export type { QuestionGrade, ChoiceFeedback } from './grading/question-grade';
export { shuffle } from './random/shuffle';
export { mulberry32, seedFromString } from '~/lib/random/seeded-random';
export { drawQuestions, presentQuiz, presentationOrder, type PresentedQuestion } from './random/present-quiz';
export {
  progressSchema,
  emptyProgress,
  progressVersion,
  maxAttemptsPerQuiz,
  type Progress,
  type Attempt,
} from './progress/progress.schema';
export { loadProgress, type LoadedProgress } from './progress/load-progress';
export { exportProgress, importProgress, type ImportedProgress } from './progress/exchange-progress';
export { migrateProgress } from './progress/migrate-progress';
export { recordAttempt, markModuleComplete, type SubmittedAttempt } from './progress/record-attempt';
export { attemptChanges, attemptsWithChanges, type AttemptChanges } from './progress/attempt-changes';
export { questionContentHash } from './progress/question-content-hash';
export { parseGift } from './gift/parse-gift';
export { serializeGiftQuestion } from './gift/serialize-gift';
export { quizToGift } from './gift/quiz-to-gift';
export { giftToQuiz, type GiftImportOptions } from './gift/gift-to-quiz';
export { exportQuizFileToGift, importGiftFile } from './gift/gift-files';
export { GiftFileError, formatGiftProblem, type GiftProblem } from './gift/gift-problem';
