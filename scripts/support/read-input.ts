import { readFileSync } from 'node:fs';

/**
 * A script's input file as text, or undefined after printing `<name>: cannot read <file>: <why>`
 * (the caller then exits with 1).
 */
export function readInputOrExplain(name: string, file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    console.error(`${name}: cannot read ${file}: ${why}`);
    return undefined;
  }
}
