import { errorsIn } from '../graph/graph-problem';
import { parseExports, type ExportText } from '../graph/parse-export';
import type { CourseProblem } from './course-problem';

/** The graph as the course check sees it: each node key and its labels. */
export interface GraphKeys {
  /** Labels of the node with this key (the export line id), or undefined when there is none. */
  labelsOf(key: string): readonly string[] | undefined;
  /** Every key, for "did you mean" suggestions. */
  keys: readonly string[];
  /** Keys of the nodes with a label, e.g. every Evidence key. */
  keysWithLabel(label: string): string[];
}

/** Reads the graph exports; a broken export line becomes a problem at its file and line. */
export function readGraphKeys(exports: readonly ExportText[]): { graph: GraphKeys; problems: CourseProblem[] } {
  const reading = parseExports(exports);
  const labels = new Map(reading.graph.nodes.map((node) => [node.id, node.labels] as const));
  const problems = errorsIn(reading.problems).map((problem) => ({
    file: problem.file,
    line: Math.max(problem.line, 1),
    column: problem.column ?? 1,
    message: `graph export: ${problem.message}`,
    fix: problem.fix,
  }));
  const graph: GraphKeys = {
    labelsOf: (key) => labels.get(key),
    keys: [...labels.keys()],
    keysWithLabel: (label) => [...labels].filter(([, nodeLabels]) => nodeLabels.includes(label)).map(([key]) => key),
  };
  return { graph, problems };
}
