import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { FILE_START, type Place } from './course-problem';

/** A path into the frontmatter data, e.g. `['concepts', 2]`. */
export type DataPath = readonly (string | number)[];

/** A file's frontmatter, parsed, with a way to find where each value was written. */
export interface Frontmatter {
  /** The fields as plain data (unvalidated). */
  data: Record<string, unknown>;
  /** Where the value at `path` starts in the file; for a missing value, where its nearest parent starts. */
  placeOf(path: DataPath): Place;
  /** Where the key of the field at `path` starts (for unknown fields). */
  placeOfKey(path: DataPath): Place;
}

/** What reading a file's frontmatter gives: the frontmatter, the MDX body and any problems. */
export interface FrontmatterReading {
  frontmatter: Frontmatter | undefined;
  /** The body with the frontmatter lines blanked, so body positions are file positions. */
  body: string;
  problems: { place: Place; message: string; fix: string }[];
}

const FENCE = /^---[ \t]*$/;

/** Splits a .mdx file into its YAML frontmatter (between `---` lines) and its body, keeping line numbers. */
export function readFrontmatter(text: string): FrontmatterReading {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) {
    return {
      frontmatter: undefined,
      body: text,
      problems: [
        {
          place: FILE_START,
          message: 'the file has no frontmatter',
          fix: 'start the file with a line ---, the fields (title: …), and another line ---',
        },
      ],
    };
  }
  const end = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (end < 0) {
    return {
      frontmatter: undefined,
      body: '',
      problems: [
        { place: FILE_START, message: 'the frontmatter is not closed', fix: 'add a line --- after its last field' },
      ],
    };
  }
  const body = [...lines.slice(0, end + 1).map(() => ''), ...lines.slice(end + 1)].join('\n');
  return { ...parseFields(lines.slice(1, end).join('\n')), body };
}

// Frontmatter starts on the file's second line; yaml counts from the first line of its own text.
function parseFields(yamlText: string): Omit<FrontmatterReading, 'body'> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const toPlace = (offset: number): Place => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + 1, column: col };
  };
  if (doc.errors.length > 0) {
    return {
      frontmatter: undefined,
      problems: doc.errors.map((error) => ({
        place: toPlace(error.pos[0]),
        message: `the frontmatter is not valid YAML: ${error.message.split('\n')[0] ?? ''}`,
        fix: 'check the indentation and quotes on this line; put text that contains ": " or starts with [ { " \' in quotes',
      })),
    };
  }
  const data: unknown = doc.toJS();
  if (!isMap(doc.contents) || typeof data !== 'object' || data === null) {
    return {
      frontmatter: undefined,
      problems: [
        {
          place: { line: 2, column: 1 },
          message: 'the frontmatter is not a set of fields',
          fix: 'write one field per line, e.g. title: 感知鏈與評估鏈',
        },
      ],
    };
  }
  return { frontmatter: locator(doc, data as Record<string, unknown>, toPlace), problems: [] };
}

function locator(doc: Document, data: Record<string, unknown>, toPlace: (offset: number) => Place): Frontmatter {
  const placeOf = (path: DataPath): Place => {
    for (let length = path.length; length >= 0; length -= 1) {
      const node: unknown = doc.getIn(path.slice(0, length), true);
      const range = (node as { range?: [number, number, number] } | undefined)?.range;
      if (range) return toPlace(range[0]);
    }
    return { line: 2, column: 1 };
  };
  const placeOfKey = (path: DataPath): Place => {
    const parent: unknown = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
    const key = path.at(-1);
    if (!isMap(parent)) return placeOf(path);
    const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === key);
    const range = isScalar(pair?.key) ? pair.key.range : undefined;
    return range ? toPlace(range[0]) : placeOf(path);
  };
  return { data, placeOf, placeOfKey };
}
