/** One statement of a Cypher script, with the line it starts on (1-based). */
export interface CypherStatement {
  text: string;
  line: number;
}

/**
 * Splits a Cypher script on the semicolons that end statements, ignoring those inside strings,
 * backtick names and comments. Client commands such as `:begin` / `:commit` (cypher-shell,
 * apoc.export.cypher) are dropped: the loader runs the whole file in one transaction anyway.
 */
export function splitCypherStatements(script: string): CypherStatement[] {
  const statements: CypherStatement[] = [];
  let current = '';
  let startLine = 1;
  let line = 1;
  let quote: string | undefined;
  const flush = (): void => {
    const text = current.trim();
    if (text !== '' && !/^:\w+/.test(text)) statements.push({ text, line: startLine });
    current = '';
  };
  for (let i = 0; i < script.length; i++) {
    const char = script[i]!;
    const next = script[i + 1];
    if (current.trim() === '') startLine = line;
    if (quote !== undefined) {
      current += char;
      if (char === '\\' && quote !== '`' && next !== undefined) {
        current += next;
        i++;
      } else if (char === quote) quote = undefined;
    } else if (char === '/' && next === '/') {
      while (i < script.length && script[i] !== '\n') i++;
      i--;
    } else if (char === '/' && next === '*') {
      const end = script.indexOf('*/', i + 2);
      const stop = end < 0 ? script.length : end + 2;
      line += (script.slice(i, stop).match(/\n/g) ?? []).length;
      i = stop - 1;
    } else if (char === ';') {
      flush();
    } else if (char === '\n' && /^\s*:\w+/.test(current)) {
      flush();
    } else {
      if (char === "'" || char === '"' || char === '`') quote = char;
      current += char;
    }
    if (char === '\n') line++;
  }
  flush();
  return statements;
}
