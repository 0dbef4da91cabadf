import { spawnSync } from 'node:child_process';

const NO_SERVER_HINT = 'or set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) to use a Neo4j server you already have.';

/** Java's major version from `java -version` output, e.g. 17 from `openjdk version "17.0.15"`. */
export function javaMajorVersion(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (match === null) return undefined;
  const first = Number(match[1]);
  // Java 8 and older call themselves 1.x.
  return first === 1 ? Number(match[2]) : first;
}

/** Throws an error saying what to install unless `java` 17 or newer is on the PATH. */
export function requireJava(): void {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error !== undefined) {
    throw new Error(
      'The dev Neo4j needs Java 17 or 21, and `java` is not on the PATH. Install a JDK ' +
        '(e.g. `sudo apt-get install openjdk-17-jdk-headless`, or `brew install openjdk@17`), ' +
        NO_SERVER_HINT,
    );
  }
  const major = javaMajorVersion(`${result.stderr}${result.stdout}`);
  if (major !== undefined && major < 17) {
    throw new Error(
      `The dev Neo4j (5.26) needs Java 17 or 21, but \`java\` is Java ${major}. Install a newer JDK, ${NO_SERVER_HINT}`,
    );
  }
}

/** Throws an error saying what to install unless Maven's `mvn` is on the PATH. */
export function requireMaven(): void {
  const result = spawnSync('mvn', ['--version'], { encoding: 'utf8' });
  if (result.error !== undefined) {
    throw new Error(
      'Building the dev Neo4j (graph/neo4j/, once) needs Maven, and `mvn` is not on the PATH. ' +
        'Install it (e.g. `sudo apt-get install maven`, or `brew install maven`), ' +
        NO_SERVER_HINT,
    );
  }
}
