/** A place in a file: 1-based line and column. */
export interface Place {
  line: number;
  column: number;
}

/** One authoring problem: where, what is wrong, and how to fix it. */
export interface CourseProblem extends Place {
  /** Path from the project root, with forward slashes, e.g. `src/content/lessons/en/intro/01-concept.mdx`. */
  file: string;
  /** What is wrong, e.g. `unknown concept key "chain-percepton"`. */
  message: string;
  /** How to fix it, as an instruction. */
  fix: string;
}

/** The start of a file, for problems about a whole file. */
export const FILE_START: Place = { line: 1, column: 1 };

/** Ties a message and its fix to a place in a file. */
export function problemAt(file: string, place: Place, message: string, fix: string): CourseProblem {
  return { file, line: place.line, column: place.column, message, fix };
}

/** Splits a schema message written as "what is wrong — how to fix it". */
export function splitTeachingMessage(text: string): { message: string; fix: string } {
  const at = text.indexOf(' — ');
  if (at < 0) return { message: text, fix: 'see docs/authoring-guide.md' };
  return { message: text.slice(0, at), fix: text.slice(at + 3) };
}

/** `file:line:col: what is wrong — how to fix`, the form editors and CI logs turn into links. */
export function formatCourseProblem(problem: CourseProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message} — ${problem.fix}`;
}

/** Orders problems by file, line and column, dropping exact repeats, so output is stable. */
export function sortCourseProblems(problems: readonly CourseProblem[]): CourseProblem[] {
  const seen = new Set<string>();
  return [...problems]
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column))
    .filter((problem) => {
      const text = formatCourseProblem(problem);
      if (seen.has(text)) return false;
      seen.add(text);
      return true;
    });
}
