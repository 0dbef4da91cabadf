import { DEFAULT_PORT } from './paths';

const USAGE = 'Usage: npm run neo4j[:start|:stop] [-- --port N]   (or set NEO4J_PORT=N)';

/** Checks a port given on the command line or in NEO4J_PORT. */
function parsePort(text: string, source: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new Error(`${source} "${text}" is not a TCP port; use a whole number from 1 to 65535, e.g. 7687.`);
  }
  return port;
}

/** The port from `--port N` / `--port=N`, else NEO4J_PORT, else 7687. Throws with usage on anything else. */
export function portFromCli(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): number {
  let given: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--port') given = argv[++i] ?? '';
    else if (arg.startsWith('--port=')) given = arg.slice('--port='.length);
    else throw new Error(`Unknown argument "${arg}". ${USAGE}`);
  }
  if (given !== undefined) return parsePort(given, '--port');
  const fromEnv = env['NEO4J_PORT'];
  return fromEnv === undefined || fromEnv === '' ? DEFAULT_PORT : parsePort(fromEnv, 'NEO4J_PORT');
}

/** Runs a command-line main, printing only the message of an error (they are written to be read). */
export function runCli(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}

/** A warning when NEO4J_URI points elsewhere, since project scripts follow NEO4J_URI, not this server. */
export function otherUriNote(uri: string, env: Readonly<Record<string, string | undefined>>): string | undefined {
  const configured = env['NEO4J_URI'];
  if (configured === undefined || configured === '' || configured === uri) return undefined;
  return `Note: NEO4J_URI is set to ${configured}, so project scripts will use that server, not this one.`;
}
