import type { Document, LineCounter } from 'yaml';

export type DataPath = readonly PropertyKey[];

/**
 * The line and column of the value at `path` in a parsed YAML document. When the path does not exist
 * (a missing field), the nearest existing ancestor is used, so the position points at the object that lacks it.
 */
export function locateYamlPath(doc: Document, lineCounter: LineCounter, path: DataPath): { line: number; col: number } {
  for (let length = path.length; length >= 0; length -= 1) {
    const node: unknown = doc.getIn(path.slice(0, length) as unknown[], true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) return lineCounter.linePos(range[0]);
  }
  return { line: 1, col: 1 };
}
