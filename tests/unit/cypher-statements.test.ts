import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitCypherStatements } from '~/lib/graph-neo4j/split-cypher-statements';

describe('splitting a Cypher script', () => {
  it('splits on the semicolons that end statements and reports the line each starts on', () => {
    const script = readFileSync('tests/fixtures/cypher/small-create.cypher', 'utf8');
    const statements = splitCypherStatements(script);
    expect(statements.map((s) => s.line)).toEqual([3, 9]);
    expect(statements[0]!.text).toContain("'Officer Li; patrol'");
    expect(statements[0]!.text).toContain("'電信詐騙案 // not a comment'");
    expect(statements[1]!.text.startsWith('MATCH')).toBe(true);
  });

  it('keeps semicolons inside strings, escaped quotes and backtick names', () => {
    const statements = splitCypherStatements('CREATE (:`A;B` {s: "x\\";y"});RETURN \'a;b\'');
    expect(statements.map((s) => s.text)).toEqual(['CREATE (:`A;B` {s: "x\\";y"})', "RETURN 'a;b'"]);
  });

  it('drops cypher-shell commands such as :begin and :commit', () => {
    const statements = splitCypherStatements(':begin\nCREATE (:A);\n:commit\n');
    expect(statements).toEqual([{ text: 'CREATE (:A)', line: 2 }]);
  });

  it('returns nothing for a script of comments only', () => {
    expect(splitCypherStatements('// nothing\n/* here; */\n')).toEqual([]);
  });
});
