/** One thing wrong in a quiz file, with where it is. Lines and columns count from 1. */
export interface QuizProblem {
  /** The file as named by the caller, e.g. src/content/quizzes/m1.yaml. */
  file: string;
  line: number;
  col: number;
  /** The id of the question the problem is in, when it is inside a question. */
  questionId?: string;
  /** What is wrong and how to fix it. */
  message: string;
}

/** `file:line:col: question "id": message` — the form editors and terminals turn into links. */
export function formatQuizProblem(problem: QuizProblem): string {
  const where = `${problem.file}:${problem.line}:${problem.col}`;
  const question = problem.questionId === undefined ? '' : `question "${problem.questionId}": `;
  return `${where}: ${question}${problem.message}`;
}

/** Thrown when a quiz file cannot be used; `problems` lists every problem found, in file order. */
export class QuizFileError extends Error {
  readonly problems: readonly QuizProblem[];

  constructor(problems: readonly QuizProblem[]) {
    const sorted = [...problems].sort((a, b) => a.line - b.line || a.col - b.col);
    super(sorted.map(formatQuizProblem).join('\n'));
    this.name = 'QuizFileError';
    this.problems = sorted;
  }
}
