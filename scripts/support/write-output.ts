import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes through a temporary file beside `path` and a rename, so a reader never sees half a file
 * and a failure leaves the old file as it was. Refuses to replace an existing file unless `overwrite`.
 */
export function writeOutput(path: string, content: string, { overwrite }: { overwrite: boolean }): void {
  if (!overwrite && existsSync(path)) throw new Error(`${path} already exists — pass --force to overwrite it`);
  mkdirSync(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, content, { flag: 'wx' });
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}
