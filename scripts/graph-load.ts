// npm run graph:load -- [--replace] [--batch-size N] [FILE…]
// Loads APOC JSON-lines exports (*.jsonl, *.json) and Cypher scripts (*.cypher) into Neo4j.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { formatProblem, errorsIn } from '../src/lib/graph/graph-problem';
import { parseExports } from '../src/lib/graph/parse-export';
import { emptyDatabase } from '../src/lib/graph-neo4j/empty-database';
import { loadGraph } from '../src/lib/graph-neo4j/load-graph';
import { runCypherScript } from '../src/lib/graph-neo4j/run-cypher-script';
import { connectOrExplain, readNeo4jConfig } from '../src/lib/neo4j/connection';
import { siteConfig } from '../src/site.config';
import { runMain } from './support/run-main';

const usage = `Usage: npm run graph:load -- [--replace] [--batch-size N] [FILE…]
  FILE        APOC JSON-lines exports (.jsonl/.json) and Cypher scripts (.cypher); default: ${siteConfig.graphExports.join(', ')}
  --replace   delete everything in the database first (nothing else ever deletes)
  --batch-size rows per transaction (default 2000)
Exports are checked before the database is touched; then they load (constraints, nodes, relationships),
then the Cypher scripts run, each in one transaction.`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      replace: { type: 'boolean', default: false },
      'batch-size': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return (console.log(usage), 0);
  const files = positionals.length > 0 ? positionals : siteConfig.graphExports;
  const batchSize = Number(values['batch-size'] ?? 2000);
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new Error(`--batch-size must be a whole number ≥ 1, not "${values['batch-size']}"`);
  const unknown = files.filter((file) => !/\.(jsonl|json|cypher|cql)$/i.test(file));
  if (unknown.length > 0)
    throw new Error(
      `${unknown.join(', ')}: not an export (.jsonl, .json) or a Cypher script (.cypher, .cql)\n${usage}`,
    );

  const read = async (file: string) => ({ file, text: await readFile(file, 'utf8') });
  const exports = await Promise.all(files.filter((file) => /\.jsonl?$/i.test(file)).map(read));
  const scripts = await Promise.all(files.filter((file) => /\.(cypher|cql)$/i.test(file)).map(read));
  const { graph, problems } = parseExports(exports);
  for (const problem of problems) console.error(formatProblem(problem));
  if (errorsIn(problems).length > 0) {
    console.error(`graph:load: nothing was loaded; fix the ${errorsIn(problems).length} problem(s) above first.`);
    return 1;
  }

  const connection = await connectOrExplain(readNeo4jConfig(process.env));
  try {
    if (values.replace) {
      await emptyDatabase(connection);
      console.log('graph:load: emptied the database (--replace)');
    }
    if (exports.length > 0) {
      const report = await loadGraph(connection, graph, batchSize, (done) => {
        // A line per batch only for loads long enough to want one.
        if (done.total > 3)
          console.error(
            `graph:load: batch ${done.index} of ${done.total} saved (${done.rows} rows, ${(done.milliseconds / 1000).toFixed(1)} s)`,
          );
      });
      for (const warning of report.warnings) console.warn(warning);
      console.log(
        `graph:load: ${report.nodes} nodes and ${report.relationships} relationships from ${exports.length} export(s), in ${report.batches} batches`,
      );
    }
    for (const script of scripts) {
      const count = await runCypherScript(connection, script.text, script.file);
      console.log(`graph:load: ran ${count} statements of ${script.file}`);
    }
    return 0;
  } finally {
    await connection.close();
  }
}

runMain('graph:load', main);
