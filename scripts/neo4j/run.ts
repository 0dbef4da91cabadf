// `npm run neo4j`: the dev Neo4j in the foreground until Ctrl-C.
import { otherUriNote, portFromCli, runCli } from './cli-options';
import { startNeo4j } from './launcher';

/** Exit codes of a JVM that stopped cleanly: normally, or on SIGINT/SIGTERM (128 + signal). */
const CLEAN_EXITS = new Set([0, 130, 143]);

runCli(async () => {
  const server = await startNeo4j({ port: portFromCli(process.argv.slice(2), process.env), exitWithParent: true });
  console.log(`Neo4j is ready at ${server.uri} (authentication off: any user name and password work).`);
  console.log(`Store and logs: ${server.dataDir}. Press Ctrl-C to stop.`);
  const note = otherUriNote(server.uri, process.env);
  if (note !== undefined) console.log(note);

  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    console.log('Stopping Neo4j…');
    await server.stop();
    console.log('Neo4j stopped.');
    process.exit(0);
  };
  // Ctrl-C reaches java too (same process group); waiting here keeps the terminal until it has closed the store.
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());

  const code = await server.exited;
  if (stopping || (code !== null && CLEAN_EXITS.has(code))) return stop();
  await server.stop();
  throw new Error(
    `Neo4j exited unexpectedly (${code === null ? 'killed by a signal' : `exit ${code}`}); see ${server.dataDir}/server.log and logs/debug.log.`,
  );
});
