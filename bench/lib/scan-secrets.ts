import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One place a secret, or something shaped like one, was found. */
export interface SecretFinding {
  /** File path relative to the scanned folder. */
  file: string;
  /** What matched, with the secret itself masked. */
  what: string;
}

/** Shapes that give a credential away whatever its value: connection URIs with a password, env assignments. */
export const SECRET_SHAPES: readonly { name: string; pattern: RegExp }[] = [
  {
    name: 'a Neo4j URI with a user and password',
    pattern: /\b(?:bolt|neo4j)(?:\+s|\+ssc)?:\/\/[^\s/:@"'<>]+:[^\s/@"'<>]+@/i,
  },
  { name: 'NEO4J_PASSWORD with a value', pattern: /NEO4J_PASSWORD\s*[=:]\s*["']?[^\s"',;}]{3,}/ },
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : entry.isFile() ? [join(dir, entry.name)] : [],
  );
}

/**
 * Every file under `dir` that contains one of `secrets` (exact values, e.g. the password the build
 * ran with) or one of the SECRET_SHAPES. Secrets shorter than 6 characters are ignored (too common).
 */
export function scanForSecrets(dir: string, secrets: readonly string[]): SecretFinding[] {
  const values = secrets.filter((secret) => secret.length >= 6);
  const findings: SecretFinding[] = [];
  for (const path of filesUnder(dir)) {
    const text = readFileSync(path).toString('latin1');
    const file = relative(dir, path);
    for (const value of values) {
      if (text.includes(value) || text.includes(Buffer.from(value, 'utf8').toString('latin1'))) {
        findings.push({ file, what: `the value of a secret (${value.slice(0, 2)}…)` });
      }
    }
    for (const shape of SECRET_SHAPES) if (shape.pattern.test(text)) findings.push({ file, what: shape.name });
  }
  return findings;
}

/** Values of this process's environment variables whose names say they are secrets. */
export function secretValuesFromEnv(env: NodeJS.ProcessEnv): string[] {
  return Object.entries(env)
    .filter(
      ([name, value]) =>
        /PASSWORD|SECRET|TOKEN|PRIVATE_KEY|API_KEY|CREDENTIAL/i.test(name) && value !== undefined && value.length >= 6,
    )
    .map(([, value]) => value!);
}
