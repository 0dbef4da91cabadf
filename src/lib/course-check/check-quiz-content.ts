import { parseQuizFile } from '../quiz/file/parse-quiz-file';
import { QuizFileError } from '../quiz/file/quiz-file-error';
import { quizFileLocator } from '../quiz/file/quiz-file-locator';
import type { GraphKeys } from './graph-keys';
import type { SourceFile } from './parse-course-docs';
import { problemAt, splitTeachingMessage, type CourseProblem } from './course-problem';
import { didYouMean } from './suggest';

/**
 * Validates each quiz file with the quiz engine (every question, with its line) and checks that
 * every `concepts` key of every question names a node of the graph.
 */
export function checkQuizContent(quizFiles: readonly SourceFile[] | undefined, graph: GraphKeys): CourseProblem[] {
  return (quizFiles ?? []).flatMap((file) => {
    let questions;
    try {
      questions = parseQuizFile(file.text, file.path).quiz.questions;
    } catch (error) {
      if (!(error instanceof QuizFileError)) throw error;
      return error.problems.map((problem) => {
        const { message, fix } = splitTeachingMessage(problem.message);
        const where = problem.questionId === undefined ? '' : `question "${problem.questionId}": `;
        return problemAt(file.path, { line: problem.line, column: problem.col }, `${where}${message}`, fix);
      });
    }
    // Parsing the file again for positions is only worth it when there is a problem to place.
    let locator: ReturnType<typeof quizFileLocator> | undefined;
    const locate: ReturnType<typeof quizFileLocator> = (path) => (locator ??= quizFileLocator(file.text))(path);
    return questions.flatMap((question, index) =>
      question.concepts.flatMap((key, position) => {
        if (graph.labelsOf(key) !== undefined) return [];
        const { line, col } = locate(['questions', index, 'concepts', position]);
        return [
          problemAt(
            file.path,
            { line, column: col },
            `question "${question.id}": unknown concept key "${key}"`,
            `use a key from the graph${didYouMean(key, graph.keys)} (see /concepts/)`,
          ),
        ];
      }),
    );
  });
}
