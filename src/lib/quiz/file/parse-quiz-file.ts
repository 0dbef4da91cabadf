import { LineCounter, parseDocument } from 'yaml';
import { quizSchema, type Quiz } from '../schema/quiz.schema';
import { locateYamlPath, type DataPath } from './locate-yaml-path';
import { QuizFileError, type QuizProblem } from './quiz-file-error';
import { teachingErrorMap } from './teaching-error-map';

/** The id of the question a data path points into, read from the raw (unvalidated) data. */
function questionIdAt(data: unknown, path: DataPath): string | undefined {
  if (path[0] !== 'questions' || typeof path[1] !== 'number') return undefined;
  const questions = (data as { questions?: unknown } | null)?.questions;
  const id = Array.isArray(questions) ? (questions[path[1]] as { id?: unknown } | undefined)?.id : undefined;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

const yamlHints: Partial<Record<string, string>> = {
  DUPLICATE_KEY: 'each field may appear once here; remove or rename this one',
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  MISSING_CHAR: 'a quote or bracket opened above this point is not closed; close it',
};

// yaml's messages end with " at line 3, column 5:" and a code frame; the position is reported separately.
const firstSentence = (message: string) =>
  message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message;

/**
 * Parses and validates the text of a quiz YAML file. Returns the quiz with defaults filled in, or throws a
 * QuizFileError listing every problem as `file:line:col: question "id": what is wrong — how to fix it`.
 */
export function parseQuizFile(text: string, fileName: string): { quiz: Quiz } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  // One syntax error tends to cause more further down; the first is the one to fix.
  const [syntaxError] = doc.errors;
  if (syntaxError !== undefined) {
    const pos = syntaxError.linePos?.[0] ?? { line: 1, col: 1 };
    const hint = yamlHints[syntaxError.code] ?? 'check indentation and quoting here';
    throw new QuizFileError([
      { file: fileName, ...pos, message: `YAML syntax: ${firstSentence(syntaxError.message)} — ${hint}` },
    ]);
  }
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) {
    throw new QuizFileError([
      { file: fileName, line: 1, col: 1, message: 'the file is empty — write a quiz (see docs/quiz-format.md)' },
    ]);
  }
  const result = quizSchema.safeParse(data, { error: teachingErrorMap });
  if (result.success) return { quiz: result.data };
  const problems = result.error.issues.map((issue): QuizProblem => {
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
    const questionId = questionIdAt(data, issue.path);
    return {
      file: fileName,
      ...locateYamlPath(doc, lineCounter, path),
      ...(questionId !== undefined && { questionId }),
      message: issue.message,
    };
  });
  throw new QuizFileError(problems);
}
