/** Something found while importing a GIFT file. */
export interface GiftProblem {
  /** The line in the GIFT file (1-based). */
  line: number;
  /** error: the file cannot be imported as it is; unsupported: a question type the course lacks; warning: imported, but read this. */
  severity: 'error' | 'unsupported' | 'warning';
  /** The question's title or id, when the problem is in a question. */
  questionId?: string;
  /** What is wrong and how to fix it. */
  message: string;
}

/** `file:line: [warning: ]question "id": message`. */
export function formatGiftProblem(file: string, problem: GiftProblem): string {
  const label =
    problem.severity === 'warning' ? 'warning: ' : problem.severity === 'unsupported' ? 'unsupported: ' : '';
  const question = problem.questionId === undefined ? '' : `question "${problem.questionId}": `;
  return `${file}:${problem.line}: ${label}${question}${problem.message}`;
}

/** Thrown when a GIFT file cannot be imported or a quiz cannot be exported; `problems` lists them all. */
export class GiftFileError extends Error {
  readonly problems: readonly GiftProblem[];

  constructor(
    readonly file: string,
    problems: readonly GiftProblem[],
  ) {
    super(problems.map((problem) => formatGiftProblem(file, problem)).join('\n'));
    this.name = 'GiftFileError';
    this.problems = problems;
  }
}
