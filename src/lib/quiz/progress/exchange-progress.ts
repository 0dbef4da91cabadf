import { migrateProgress } from './migrate-progress';
import { progressSchema, type Progress } from './progress.schema';

/** The text of a progress export: pretty JSON that importProgress reads back (also on another device). */
export function exportProgress(progress: Progress): string {
  return `${JSON.stringify(progress, null, 2)}\n`;
}

/** What importProgress made of a file. */
export type ImportedProgress = { ok: true; progress: Progress } | { ok: false; error: string };

/**
 * Reads an exported progress file, migrating older versions. Unlike loadProgress it salvages nothing:
 * the file is taken whole or refused with a message naming the first bad entry. Never throws.
 */
export function importProgress(text: string): ImportedProgress {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {
      ok: false,
      error: 'The file is not a progress export (it is not valid JSON) — choose the .json file the site exported.',
    };
  }
  let migrated: unknown;
  try {
    migrated = migrateProgress(data);
  } catch (error) {
    return {
      ok: false,
      error: `The file cannot be imported: ${error instanceof Error ? error.message.split('\n')[0] : 'unknown format'}.`,
    };
  }
  const parsed = progressSchema.safeParse(migrated);
  if (parsed.success) return { ok: true, progress: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.map(String).join('.') || 'the top level';
  return { ok: false, error: `The file cannot be imported: at ${where}, ${issue?.message ?? 'invalid data'}.` };
}
