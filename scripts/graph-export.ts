// npm run graph:export -- [--out FILE]
// Writes the whole Neo4j database as deterministic APOC JSON lines (default: the committed export).
import { parseArgs } from 'node:util';
import { formatProblem } from '../src/lib/graph/graph-problem';
import { serializeGraph } from '../src/lib/graph/serialize-export';
import { readGraph } from '../src/lib/graph-neo4j/read-graph';
import { connectOrExplain, readNeo4jConfig } from '../src/lib/neo4j/connection';
import { siteConfig } from '../src/site.config';
import { writeOutput } from './support/write-output';
import { runMain } from './support/run-main';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { out: { type: 'string' }, help: { type: 'boolean' } } });
  const out = values.out ?? siteConfig.graphExports[0] ?? 'graph/framework.jsonl';
  if (values.help) {
    console.log(`Usage: npm run graph:export -- [--out FILE]   (default ${out})`);
    return 0;
  }
  const connection = await connectOrExplain(readNeo4jConfig(process.env));
  try {
    const graph = await readGraph(connection);
    const { text, warnings } = serializeGraph(graph);
    for (const warning of warnings) console.warn(formatProblem(warning));
    writeOutput(out, text, { overwrite: true });
    console.log(
      `graph:export: wrote ${graph.nodes.length} nodes and ${graph.relationships.length} relationships to ${out}`,
    );
    return 0;
  } finally {
    await connection.close();
  }
}

runMain('graph:export', main);
