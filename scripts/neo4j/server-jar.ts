import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { requireMaven } from './java-tools';
import { serverJar, serverProjectDir } from './paths';

/** Newest modification time among the pom and the Java sources, in ms. */
function newestSourceTime(): number {
  const sources = join(serverProjectDir, 'src');
  const files = readdirSync(sources, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
  return Math.max(...[join(serverProjectDir, 'pom.xml'), ...files].map((file) => statSync(file).mtimeMs));
}

/** True when the jar is missing or older than the pom or a Java source. */
export function serverJarIsStale(): boolean {
  try {
    return statSync(serverJar).mtimeMs < newestSourceTime();
  } catch {
    return true;
  }
}

/** Builds graph/neo4j/ with Maven when its jar is missing or stale; the first build downloads Neo4j. */
export async function ensureServerJar(report: (message: string) => void): Promise<void> {
  if (!serverJarIsStale()) return;
  requireMaven();
  report('Building the dev Neo4j with Maven (the first time downloads about 120 MB from Maven Central)…');
  const pom = join(serverProjectDir, 'pom.xml');
  const status = await new Promise<number | null>((done, fail) => {
    const child = spawn('mvn', ['-q', '-B', '-f', pom, 'package'], { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', fail);
    child.on('exit', (code) => done(code));
  });
  if (status !== 0) {
    throw new Error(
      `\`mvn -q -B -f ${pom} package\` failed (exit ${status}); its output is above. Maven Central must be reachable for the first build.`,
    );
  }
}
