import { z } from 'zod';
import { progressVersion } from './progress.schema';
import { progressV1Schema } from './progress-v1.schema';

// One step per old version: from version n to n + 1. Each step validates its own input, so a damaged
// old save fails here (and is recovered from) rather than producing a wrong newer one.
const steps: Record<number, (data: unknown) => unknown> = {
  1: (data) => {
    const v1 = progressV1Schema.parse(data);
    const attempts = Object.fromEntries(
      Object.entries(v1.attempts).map(([quizId, list]) => [
        quizId,
        list.map(({ finishedAt, score, passed, questionIds }) => ({
          finishedAt,
          score,
          passed,
          questions: questionIds.map((id) => ({ id, hash: null })),
        })),
      ]),
    );
    return { version: 2, attempts, modules: Object.fromEntries(v1.completedModules.map((slug) => [slug, {}])) };
  },
};

/** The version number of saved data, or undefined when it has none. */
export function versionOf(data: unknown): number | undefined {
  const version = (data as { version?: unknown } | null)?.version;
  return typeof data === 'object' && typeof version === 'number' && Number.isInteger(version) ? version : undefined;
}

/**
 * Brings saved data of any known older version up to the current one (still unvalidated). Throws
 * with a readable message when the version is unknown or newer than this code, or a step fails.
 */
export function migrateProgress(data: unknown): unknown {
  let current = data;
  let version = versionOf(current);
  if (version === undefined) throw new Error('it has no version number');
  if (version > progressVersion) throw new Error(`it was saved by a newer version of the site (format ${version})`);
  while (version < progressVersion) {
    const step = steps[version];
    if (step === undefined) throw new Error(`format ${version} is no longer supported`);
    try {
      current = step(current);
    } catch (error) {
      const issue = error instanceof z.ZodError ? error.issues[0] : undefined;
      const where = issue === undefined ? '' : ` at ${issue.path.join('.') || 'its top level'}: ${issue.message}`;
      throw new Error(`its format ${version} data is damaged${where}`, { cause: error });
    }
    version += 1;
  }
  return current;
}
