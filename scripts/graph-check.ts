// npm run graph:check -- [FILE…]: parse the graph exports (default graph/*.jsonl) as one graph,
// check our content rules, print every problem as file:line, exit 1 on any error.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkGraphExports, errorsIn, formatGraphSummary, formatProblem, type ExportText } from '~/lib/graph';

const DEFAULT_DIRECTORY = 'graph';

function exportFiles(args: readonly string[]): string[] {
  if (args.length > 0) return [...args];
  if (!existsSync(DEFAULT_DIRECTORY)) return [];
  return readdirSync(DEFAULT_DIRECTORY)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .map((name) => join(DEFAULT_DIRECTORY, name));
}

function readExports(files: readonly string[]): ExportText[] | undefined {
  const exports: ExportText[] = [];
  let failed = false;
  for (const file of files) {
    try {
      exports.push({ file, text: readFileSync(file, 'utf8') });
    } catch (error) {
      console.error(
        `${file}: cannot read this file (${(error as NodeJS.ErrnoException).code ?? 'error'}) — check the path`,
      );
      failed = true;
    }
  }
  return failed ? undefined : exports;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function main(args: readonly string[]): number {
  const files = exportFiles(args);
  if (files.length === 0) {
    console.error(
      `graph:check: no ${DEFAULT_DIRECTORY}/*.jsonl files — export the graph first, or name files: npm run graph:check -- FILE…`,
    );
    return 1;
  }
  const exports = readExports(files);
  if (exports === undefined) return 1;
  const { graph, problems } = checkGraphExports(exports);
  for (const problem of problems) console.error(formatProblem(problem));
  const errors = errorsIn(problems).length;
  if (errors > 0) {
    console.error(`graph:check: ${plural(errors, 'error')} in ${plural(files.length, 'file')}`);
    return 1;
  }
  console.log(`graph:check: ${plural(files.length, 'file')}, no errors\n${formatGraphSummary(graph)}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
