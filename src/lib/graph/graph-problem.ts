import { compareText } from './compare-text';
import type { LineOrigin } from './line-origin.schema';

/** What is wrong and how to fix it, before it is tied to a place. */
export interface ProblemText {
  /** What is wrong, e.g. `duplicate node id "chain-perception"`. */
  message: string;
  /** How to fix it, as an instruction. */
  fix: string;
}

/** One problem found in an export, tied to the file and line it is about. */
export interface GraphProblem extends ProblemText, LineOrigin {
  /** Errors make a check fail; warnings are printed and let it pass. */
  severity: 'error' | 'warning';
  /** 1-based column, when known (invalid JSON). */
  column?: number;
}

/** Ties a problem text to a place; an error unless said otherwise. */
export function problemAt(
  origin: LineOrigin,
  text: ProblemText,
  severity: GraphProblem['severity'] = 'error',
): GraphProblem {
  return { severity, file: origin.file, line: origin.line, message: text.message, fix: text.fix };
}

/** `file:line[:column]: [warning: ]message — fix`, the form editors and CI logs link. */
export function formatProblem(problem: GraphProblem): string {
  const line = problem.line > 0 ? `:${problem.line}` : '';
  const column = problem.column === undefined ? '' : `:${problem.column}`;
  const level = problem.severity === 'warning' ? 'warning: ' : '';
  return `${problem.file}${line}${column}: ${level}${problem.message} — ${problem.fix}`;
}

/** The errors among `problems` (warnings dropped). */
export function errorsIn(problems: readonly GraphProblem[]): GraphProblem[] {
  return problems.filter((problem) => problem.severity === 'error');
}

/** Orders problems by file, line and column so output is stable whatever order rules ran in. */
export function sortProblems(problems: readonly GraphProblem[]): GraphProblem[] {
  return [...problems].sort(
    (a, b) => compareText(a.file, b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0),
  );
}

/** Thrown by the *OrThrow readers: every problem at once, one formatted line each. */
export class GraphDataError extends Error {
  /** Every error found, in file and line order. */
  readonly problems: readonly GraphProblem[];

  constructor(problems: readonly GraphProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`graph export has ${count}:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'GraphDataError';
    this.problems = problems;
  }
}
