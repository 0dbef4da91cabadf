import { assembleGraph, type PlacedLine } from './assemble-graph';
import { GraphDataError, errorsIn, problemAt, sortProblems, type GraphProblem } from './graph-problem';
import type { Graph } from './graph.schema';
import { parseJsonLine } from './parse-json-line';
import { readExportLine } from './read-export-line';
import { splitExportLines } from './split-export-lines';

/** The text of one export file and the path to name in problems. */
export interface ExportText {
  /** Path shown in problems, e.g. "graph/p1.jsonl". */
  file: string;
  /** The file's whole text. */
  text: string;
}

/** What reading exports gives: the graph of every valid line, and every problem found. */
export interface GraphReading {
  /** Nodes and relationships from the valid lines; bad lines and dangling relationships are left out. */
  graph: Graph;
  /** Every problem, in file and line order; the graph is complete only when there is no error. */
  problems: GraphProblem[];
}

/** Parses one APOC JSON-lines export. Never throws: each bad line is a problem. */
export function parseExport(text: string, file: string): GraphReading {
  return parseExports([{ file, text }]);
}

/**
 * Parses several exports as one graph, so a relationship may end at a node from another file.
 * Node ids and relationship ids are separate id spaces, and each must be unique across all files.
 */
export function parseExports(exports: readonly ExportText[]): GraphReading {
  const problems: GraphProblem[] = [];
  const lines: PlacedLine[] = [];
  const invalidNodeIds = new Set<string>();
  for (const { file, text } of exports) {
    for (const { line, text: lineText } of splitExportLines(text)) {
      const origin = { file, line };
      const json = parseJsonLine(lineText);
      if (!json.ok) {
        const problem = problemAt(origin, json.problem);
        problems.push(json.column === undefined ? problem : { ...problem, column: json.column });
        continue;
      }
      const reading = readExportLine(json.value);
      if (reading.kind !== 'invalid') {
        lines.push({ ...reading, origin });
        continue;
      }
      problems.push(...reading.problems.map((text) => problemAt(origin, text)));
      const nodeId = invalidNodeLineId(json.value);
      if (nodeId !== undefined) invalidNodeIds.add(nodeId);
    }
  }
  const assembled = assembleGraph(lines, invalidNodeIds);
  return { graph: assembled.graph, problems: sortProblems([...problems, ...assembled.problems]) };
}

// The id of an invalid node line, when it has a usable one.
function invalidNodeLineId(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { type, id } = value as { type?: unknown; id?: unknown };
  if (type !== 'node' || (typeof id !== 'string' && typeof id !== 'number')) return undefined;
  return String(id);
}

/** Like {@link parseExports}, but throws a {@link GraphDataError} listing every error at once. */
export function parseExportsOrThrow(exports: readonly ExportText[]): Graph {
  const { graph, problems } = parseExports(exports);
  const errors = errorsIn(problems);
  if (errors.length > 0) throw new GraphDataError(errors);
  return graph;
}
