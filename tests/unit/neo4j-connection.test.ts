import { describe, expect, it } from 'vitest';
import { connectOrExplain, readNeo4jConfig } from '~/lib/neo4j/connection';
import { explainConnectError } from '~/lib/neo4j/explain-connect-error';

/** The error `promise` rejects with; fails the test when it resolves. */
async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

describe('reading the Neo4j settings from the environment', () => {
  it('uses the dev server, user neo4j and the default database when nothing is set', () => {
    expect(readNeo4jConfig({})).toEqual({ uri: 'bolt://127.0.0.1:7687', user: 'neo4j', password: '' });
  });

  it('treats empty variables as unset', () => {
    expect(readNeo4jConfig({ NEO4J_URI: '', NEO4J_DATABASE: '' })).toEqual(readNeo4jConfig({}));
  });

  it('takes every variable it knows and ignores the rest of the environment', () => {
    const env = {
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
      NEO4J_USER: 'ada',
      NEO4J_PASSWORD: 'pw',
      NEO4J_DATABASE: 'course',
      HOME: '/root',
    };
    expect(readNeo4jConfig(env)).toEqual({
      uri: 'neo4j+s://abc.databases.neo4j.io',
      user: 'ada',
      password: 'pw',
      database: 'course',
    });
  });

  it('rejects a malformed NEO4J_URI, naming the variable and the form it needs', () => {
    expect(() => readNeo4jConfig({ NEO4J_URI: 'localhost:7687' })).toThrow(
      'Invalid Neo4j settings in the environment:\n' +
        '- NEO4J_URI: "localhost:7687" is not a Neo4j URI; it must start with one of bolt://, bolt+s://, bolt+ssc://, neo4j://, neo4j+s://, neo4j+ssc:// and name a host, like bolt://127.0.0.1:7687',
    );
    expect(() => readNeo4jConfig({ NEO4J_URI: 'not a uri' })).toThrow(
      '- NEO4J_URI: "not a uri" is not a URI; write it like bolt://127.0.0.1:7687 or neo4j+s://xxxx.databases.neo4j.io',
    );
  });

  it('rejects a user or password inside NEO4J_URI and says where they belong', () => {
    expect(() => readNeo4jConfig({ NEO4J_URI: 'bolt://ada:secret@127.0.0.1:7687' })).toThrow(
      'NEO4J_URI must not carry a user or password; put them in NEO4J_USER and NEO4J_PASSWORD',
    );
  });
});

describe('connecting or explaining why not', () => {
  it('explains an unreachable server: names the URI and how to get a server', async () => {
    const config = readNeo4jConfig({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'never-shown-42' });
    const error = await rejectionOf(connectOrExplain(config));
    expect(error.name).toBe('Neo4jUnavailableError');
    expect(error.message).toBe(
      'Cannot reach Neo4j at bolt://127.0.0.1:1 (connection refused: nothing listens there).\n' +
        'Start the dev server with `npm run neo4j` (or `npm run neo4j:start` to run it in the background), ' +
        'or set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD to use your own server.',
    );
    expect(error.message).not.toContain('never-shown-42');
  });

  it('explains refused credentials without showing the password', () => {
    const refusal = Object.assign(new Error('The client is unauthorized due to authentication failure.'), {
      code: 'Neo.ClientError.Security.Unauthorized',
    });
    const error = explainConnectError(refusal, { uri: 'bolt://db.example:7687', user: 'ada' });
    expect(error.message).toBe(
      'Neo4j at bolt://db.example:7687 refused user "ada" (The client is unauthorized due to authentication failure).\n' +
        'Set NEO4J_USER and NEO4J_PASSWORD to an account of that server (the dev server from `npm run neo4j` accepts any).',
    );
    expect(error.cause).toBe(refusal);
  });
});
