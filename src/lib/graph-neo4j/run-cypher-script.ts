import type { Neo4jConnection } from '~/lib/neo4j/connection';
import { splitCypherStatements } from './split-cypher-statements';

/**
 * Runs every statement of a Cypher script (e.g. a file of CREATE statements) in ONE
 * transaction: either the whole file is applied or, on the first failing statement, none of it.
 * Returns how many statements ran.
 */
export async function runCypherScript(connection: Neo4jConnection, script: string, file: string): Promise<number> {
  const statements = splitCypherStatements(script);
  const session = connection.session();
  try {
    await session.executeWrite(async (tx) => {
      for (const [index, statement] of statements.entries()) {
        try {
          await tx.run(statement.text);
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          throw new Error(
            `${file}:${statement.line}: statement ${index + 1} of ${statements.length} failed, so nothing of this file was saved: ${reason}`,
            { cause: error },
          );
        }
      }
    });
    return statements.length;
  } finally {
    await session.close();
  }
}
