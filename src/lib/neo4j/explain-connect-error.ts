/** How long connecting may take in total before we give up and explain. */
export const CONNECT_BUDGET_MS = 10_000;

const HOW_TO_GET_A_SERVER =
  'Start the dev server with `npm run neo4j` (or `npm run neo4j:start` to run it in the background), ' +
  'or set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD to use your own server.';

/** Thrown when Neo4j cannot be reached or refuses us; the message says how to fix it. */
export class Neo4jUnavailableError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'Neo4jUnavailableError';
  }
}

/** Thrown by our own budget timer, so the explanation can tell a timeout from a refusal. */
export class ConnectTimeoutError extends Error {
  constructor() {
    super(`no answer within ${CONNECT_BUDGET_MS / 1000} s`);
    this.name = 'ConnectTimeoutError';
  }
}

/** Every message and code along an error's `cause` chain, for matching known failures. */
function describeChain(error: unknown): string {
  const parts: string[] = [];
  for (let current = error, depth = 0; current instanceof Object && depth < 5; depth++) {
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
    parts.push(String(code ?? ''), String(message ?? ''));
    current = cause;
  }
  return parts.join(' ');
}

/** A short reason for a failed connection, e.g. `connection refused: nothing listens there`. */
function reasonFor(error: unknown): string {
  if (error instanceof ConnectTimeoutError) return error.message;
  const chain = describeChain(error);
  if (chain.includes('ECONNREFUSED')) return 'connection refused: nothing listens there';
  if (chain.includes('ENOTFOUND') || chain.includes('EAI_AGAIN')) return 'host name not found';
  if (chain.includes('ETIMEDOUT')) return 'connection timed out';
  const first = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
  // It goes inside parentheses in a sentence: no trailing full stop.
  return first.replace(/\.$/, '') || 'unknown error';
}

/**
 * Turns a driver failure into an error that says what to do. Names the URI and user, never the
 * password. The original error stays reachable as `cause`.
 */
export function explainConnectError(error: unknown, target: { uri: string; user: string }): Neo4jUnavailableError {
  const chain = describeChain(error);
  if (chain.includes('Neo.ClientError.Security.')) {
    return new Neo4jUnavailableError(
      `Neo4j at ${target.uri} refused user "${target.user}" (${reasonFor(error)}).\n` +
        'Set NEO4J_USER and NEO4J_PASSWORD to an account of that server ' +
        '(the dev server from `npm run neo4j` accepts any).',
      { cause: error },
    );
  }
  return new Neo4jUnavailableError(
    `Cannot reach Neo4j at ${target.uri} (${reasonFor(error)}).\n${HOW_TO_GET_A_SERVER}`,
    {
      cause: error,
    },
  );
}
