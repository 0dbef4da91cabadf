// `npm run neo4j:stop`: stops the server `npm run neo4j:start` (or `npm run neo4j`) started.
import { relative } from 'node:path';
import { portFromCli, runCli } from './cli-options';
import { serverFiles } from './paths';
import { readLivePid, removePidFile } from './pid-file';
import { stopProcess } from './process-control';

runCli(async () => {
  const port = portFromCli(process.argv.slice(2), process.env);
  const { pidFile } = serverFiles(port);
  const pid = readLivePid(pidFile);
  if (pid === undefined) {
    console.log(`No dev Neo4j is running on port ${port} (no live pid in ${relative(process.cwd(), pidFile)}).`);
    return;
  }
  await stopProcess(pid);
  removePidFile(pidFile);
  console.log(`Stopped the dev Neo4j on port ${port} (pid ${pid}).`);
});
