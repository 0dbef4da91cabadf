// `npm run neo4j:start`: the dev Neo4j in the background; `npm run neo4j:stop` ends it.
import { relative } from 'node:path';
import { otherUriNote, portFromCli, runCli } from './cli-options';
import { startNeo4j } from './launcher';
import { serverFiles } from './paths';
import { readLivePid } from './pid-file';

runCli(async () => {
  const port = portFromCli(process.argv.slice(2), process.env);
  const running = readLivePid(serverFiles(port).pidFile);
  if (running !== undefined) {
    console.log(
      `The dev Neo4j is already running at bolt://127.0.0.1:${port} (pid ${running}). Stop it with \`npm run neo4j:stop\`.`,
    );
    return;
  }
  const server = await startNeo4j({ port, exitWithParent: false });
  console.log(`Neo4j is running in the background at ${server.uri} (pid ${server.pid}; authentication off).`);
  console.log(`Logs: ${relative(process.cwd(), server.dataDir)}/logs/debug.log. Stop it with \`npm run neo4j:stop\`.`);
  const note = otherUriNote(server.uri, process.env);
  if (note !== undefined) console.log(note);
  // The detached java must not keep this command waiting.
  process.exit(0);
});
