import { parseQuizFile } from '../file/parse-quiz-file';
import { QuizFileError, type QuizProblem } from '../file/quiz-file-error';
import { quizFileLocator } from '../file/quiz-file-locator';
import { serializeQuizYaml } from '../file/serialize-quiz-yaml';
import { giftExportLimits } from './gift-export-limits';
import type { GiftLanguage } from './gift-meta.schema';
import type { GiftProblem } from './gift-problem';
import { giftToQuiz, type GiftImportOptions } from './gift-to-quiz';
import { quizToGift } from './quiz-to-gift';

/**
 * The text of a quiz YAML file as GIFT in `lang`. Throws QuizFileError (file:line:col) when the quiz is
 * invalid or holds something GIFT cannot (see giftExportLimits).
 */
export function exportQuizFileToGift(yamlText: string, fileName: string, lang: GiftLanguage): string {
  const { quiz } = parseQuizFile(yamlText, fileName);
  const limits = quiz.questions.flatMap((question, index) => giftExportLimits(question, index));
  if (limits.length > 0) {
    const locate = quizFileLocator(yamlText);
    throw new QuizFileError(
      limits.map((limit): QuizProblem => {
        const question = quiz.questions[Number(limit.path[1])];
        return {
          file: fileName,
          ...locate(limit.path),
          ...(question && { questionId: question.id }),
          message: limit.message,
        };
      }),
    );
  }
  return quizToGift(quiz, lang, fileName.split(/[\\/]/).pop());
}

/** What importGiftFile produced. */
export interface ImportedGiftFile {
  /** The quiz as YAML, ready to write. */
  yaml: string;
  /** Warnings and skipped questions from the GIFT file. */
  problems: GiftProblem[];
  /** What the written YAML still needs (e.g. missing translations), with lines in the YAML; empty when it is complete. */
  todo: QuizProblem[];
}

/**
 * A GIFT file as quiz YAML. Throws GiftFileError (file:line) when the GIFT cannot be imported. The YAML
 * is written even when incomplete (a file from Moodle has one language), and `todo` says what to fill in.
 */
export function importGiftFile(
  giftText: string,
  giftFileName: string,
  yamlFileName: string,
  options: GiftImportOptions = {},
): ImportedGiftFile {
  const { quiz, problems } = giftToQuiz(giftText, giftFileName, options);
  const yaml = serializeQuizYaml(
    quiz,
    `Imported from ${giftFileName.split(/[\\/]/).pop() ?? giftFileName} by npm run gift:import. Format: docs/quiz-format.md`,
  );
  try {
    parseQuizFile(yaml, yamlFileName);
    return { yaml, problems, todo: [] };
  } catch (error) {
    if (error instanceof QuizFileError) return { yaml, problems, todo: [...error.problems] };
    throw error;
  }
}
