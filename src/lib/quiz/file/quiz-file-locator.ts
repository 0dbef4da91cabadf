import { LineCounter, parseDocument } from 'yaml';
import { locateYamlPath, type DataPath } from './locate-yaml-path';

/** A function giving the line and column of a data path in a quiz file's text (1:1 when it cannot tell). */
export function quizFileLocator(text: string): (path: DataPath) => { line: number; col: number } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  return (path) => locateYamlPath(doc, lineCounter, path);
}
