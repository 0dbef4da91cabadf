import { z } from 'zod';

/** The dev server's address: what `npm run neo4j` and `npm run neo4j:start` listen on. */
export const DEV_NEO4J_URI = 'bolt://127.0.0.1:7687';

const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];

/** Why `text` is not a usable Neo4j URI, or undefined when it is. */
function uriProblem(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `"${text}" is not a URI; write it like ${DEV_NEO4J_URI} or neo4j+s://xxxx.databases.neo4j.io`;
  }
  const scheme = url.protocol.replace(/:$/, '');
  if (!NEO4J_SCHEMES.includes(scheme) || url.hostname === '') {
    return `"${text}" is not a Neo4j URI; it must start with one of ${NEO4J_SCHEMES.map((s) => `${s}://`).join(', ')} and name a host, like ${DEV_NEO4J_URI}`;
  }
  if (url.username !== '' || url.password !== '') {
    return 'NEO4J_URI must not carry a user or password; put them in NEO4J_USER and NEO4J_PASSWORD';
  }
  return undefined;
}

/** The environment variables that say where Neo4j is; unset or empty means the default. */
export const neo4jEnvSchema = z.object({
  /** Server address: bolt:// for one server, neo4j:// for a cluster or Aura, +s for TLS. Default: the dev server, bolt://127.0.0.1:7687. */
  NEO4J_URI: z
    .string()
    .superRefine((text, context) => {
      const problem = uriProblem(text);
      if (problem !== undefined) context.addIssue({ code: 'custom', message: problem });
    })
    .default(DEV_NEO4J_URI),
  /** User name. Default `neo4j`; the dev server runs without authentication and accepts any. */
  NEO4J_USER: z.string().default('neo4j'),
  /** Password. Default empty, which the dev server accepts. Never printed. */
  NEO4J_PASSWORD: z.string().default(''),
  /** Database to use. Default: the server's default database (usually `neo4j`). */
  NEO4J_DATABASE: z.string().optional(),
});

/** Where and how to reach Neo4j, ready for `openNeo4j`. */
export interface Neo4jConfig {
  /** Server address, e.g. bolt://127.0.0.1:7687. */
  uri: string;
  /** User name for basic authentication. */
  user: string;
  /** Password for basic authentication; keep it out of logs and errors. */
  password: string;
  /** Database name; absent means the server's default. */
  database?: string;
}

/**
 * Reads NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE from `env` (normally
 * `process.env`), applying the defaults above. Throws an error naming each bad variable.
 */
export function readNeo4jConfig(env: Readonly<Record<string, string | undefined>>): Neo4jConfig {
  // An exported-but-empty variable (NEO4J_URI=) means "not set", as in most shells' habits.
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = neo4jEnvSchema.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `- ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid Neo4j settings in the environment:\n${lines.join('\n')}`);
  }
  const { NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE } = parsed.data;
  const config: Neo4jConfig = { uri: NEO4J_URI, user: NEO4J_USER, password: NEO4J_PASSWORD };
  if (NEO4J_DATABASE !== undefined) config.database = NEO4J_DATABASE;
  return config;
}
