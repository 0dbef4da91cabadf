import neo4j, { type Driver, type Session, type SessionConfig } from 'neo4j-driver';
import { CONNECT_BUDGET_MS, ConnectTimeoutError, explainConnectError } from './explain-connect-error';
import type { Neo4jConfig } from './neo4j-config.schema';

export { readNeo4jConfig, neo4jEnvSchema, DEV_NEO4J_URI, type Neo4jConfig } from './neo4j-config.schema';
export { Neo4jUnavailableError, CONNECT_BUDGET_MS } from './explain-connect-error';

/** An open driver bound to one configuration: the only way this project talks to Neo4j. */
export interface Neo4jConnection {
  /** The underlying driver, for `executeQuery` and anything else the driver offers. */
  readonly driver: Driver;
  /** The configuration it was opened with (holds the password: do not log it). */
  readonly config: Neo4jConfig;
  /** A session on the configured database (the server's default when none is configured). */
  session(options?: Omit<SessionConfig, 'database'>): Session;
  /** Closes every connection; call it once, at the end. */
  close(): Promise<void>;
}

/** Opens a driver for `config` without contacting the server yet (see `connectOrExplain`). */
export function openNeo4j(config: Neo4jConfig): Neo4jConnection {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    // Fail within the budget instead of the driver's defaults (30 s to connect, 60 s to get a connection).
    connectionTimeout: CONNECT_BUDGET_MS,
    connectionAcquisitionTimeout: CONNECT_BUDGET_MS,
    maxTransactionRetryTime: CONNECT_BUDGET_MS,
  });
  const databaseOption = config.database === undefined ? {} : { database: config.database };
  return {
    driver,
    config,
    session: (options = {}) => driver.session({ ...options, ...databaseOption }),
    close: () => driver.close(),
  };
}

/**
 * Opens a connection and checks within 10 seconds that the server answers and accepts us.
 * On failure closes it again and throws a `Neo4jUnavailableError` that says how to get a server.
 * (A port that accepts TCP but never speaks Bolt leaves a driver socket open for a while after
 * the error, so command-line scripts should exit explicitly when they fail.)
 */
export async function connectOrExplain(config: Neo4jConfig): Promise<Neo4jConnection> {
  const connection = openNeo4j(config);
  let timer: NodeJS.Timeout | undefined;
  const budget = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ConnectTimeoutError()), CONNECT_BUDGET_MS);
  });
  const verifyOptions = config.database === undefined ? {} : { database: config.database };
  try {
    await Promise.race([connection.driver.verifyConnectivity(verifyOptions), budget]);
    return connection;
  } catch (error) {
    // Closing can wait on a hanging connect; the explanation matters more than a tidy close.
    void connection.close().catch(() => undefined);
    throw explainConnectError(error, config);
  } finally {
    clearTimeout(timer);
  }
}
