import { checkContentRules } from './content-rules';
import { sortProblems } from './graph-problem';
import { parseExports, type ExportText, type GraphReading } from './parse-export';

/** Parses our exports as one graph and checks it against the content rules: every problem at once. */
export function checkGraphExports(exports: readonly ExportText[]): GraphReading {
  const { graph, problems } = parseExports(exports);
  return { graph, problems: sortProblems([...problems, ...checkContentRules(graph)]) };
}
