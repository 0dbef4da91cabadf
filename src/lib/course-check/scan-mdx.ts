import { mdxToMdast } from 'satteri';
import type { Place } from './course-problem';

/** One attribute of a component as written: its text value, or the source of its {expression}. */
export interface ScannedAttribute {
  name: string;
  /** `text` for name="…", `expression` for name={…}, `boolean` for a bare name. */
  kind: 'text' | 'expression' | 'boolean';
  value: string;
  /** Where the value starts (its opening quote or brace); the name's place for a bare attribute. */
  place: Place;
}

/** One JSX element in an MDX body, e.g. `<ConceptLink concept="x" />`. */
export interface ScannedElement {
  name: string;
  place: Place;
  attributes: ScannedAttribute[];
}

/** What an MDX body holds that the check cares about, or why it does not compile. */
export type MdxScan =
  { ok: true; elements: ScannedElement[]; importedNames: Set<string> } | { ok: false; place: Place; reason: string };

// The parts of satteri's mdast the check reads.
interface TreeNode {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; column: number; offset?: number } };
  children?: TreeNode[];
}

/**
 * Parses an MDX body with satteri, the MDX compiler Astro 7 builds with, and lists its JSX elements
 * with the places of their attribute values. A syntax error comes back with satteri's line:col.
 */
export function scanMdx(body: string): MdxScan {
  let tree: TreeNode;
  try {
    tree = mdxToMdast(body) as unknown as TreeNode;
  } catch (error) {
    return compileFailure(error instanceof Error ? error.message : String(error));
  }
  const elements: ScannedElement[] = [];
  const importedNames = new Set<string>();
  const visit = (node: TreeNode) => {
    if (node.type === 'mdxjsEsm' && typeof node.value === 'string')
      namesImportedBy(node.value).forEach((n) => importedNames.add(n));
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && node.position) {
      elements.push(elementOf(body, node.name, node));
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return { ok: true, elements, importedNames };
}

function elementOf(body: string, name: string, node: TreeNode): ScannedElement {
  const start = node.position?.start ?? { line: 1, column: 1 };
  const offset = start.offset ?? offsetOf(body, start);
  const places = attributePlaces(body, offset);
  const attributes: ScannedAttribute[] = [];
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    const raw = attribute.value;
    const kind = raw === null || raw === undefined ? 'boolean' : typeof raw === 'string' ? 'text' : 'expression';
    const value = typeof raw === 'string' ? raw : String((raw as { value?: unknown } | null)?.value ?? '');
    attributes.push({ name: attribute.name, kind, value, place: placeAt(body, places.get(attribute.name) ?? offset) });
  }
  return { name, place: { line: start.line, column: start.column }, attributes };
}

// satteri gives attributes no position: read the opening tag and point at each value (or bare name).
function attributePlaces(body: string, tagOffset: number): Map<string, number> {
  const places = new Map<string, number>();
  let index = tagOffset + 1;
  while (index < body.length && /[^\s/>]/.test(body[index] ?? '')) index += 1;
  for (;;) {
    while (/\s/.test(body[index] ?? '')) index += 1;
    const char = body[index];
    if (char === undefined || char === '/' || char === '>') return places;
    if (char === '{') {
      index = skipBraces(body, index);
      continue;
    }
    const nameStart = index;
    while (index < body.length && /[^\s=/>]/.test(body[index] ?? '')) index += 1;
    const name = body.slice(nameStart, index);
    if (name === '') {
      index += 1; // not valid JSX here; satteri would have refused it, but never loop forever
      continue;
    }
    let cursor = index;
    while (/\s/.test(body[cursor] ?? '')) cursor += 1;
    if (body[cursor] !== '=') {
      if (!places.has(name)) places.set(name, nameStart);
      continue;
    }
    cursor += 1;
    while (/\s/.test(body[cursor] ?? '')) cursor += 1;
    if (!places.has(name)) places.set(name, cursor);
    const quote = body[cursor];
    index =
      quote === '{'
        ? skipBraces(body, cursor)
        : quote === '"' || quote === "'"
          ? body.indexOf(quote, cursor + 1) + 1 || body.length
          : cursor + 1;
  }
}

// The index after the `}` that closes the `{` at `start`, skipping quoted strings inside.
function skipBraces(body: string, start: number): number {
  let depth = 0;
  for (let index = start; index < body.length; index += 1) {
    const char = body[index];
    if (char === '"' || char === "'" || char === '`') index = body.indexOf(char, index + 1);
    else if (char === '{') depth += 1;
    else if (char === '}' && --depth === 0) return index + 1;
    if (index < 0) break;
  }
  return body.length;
}

function offsetOf(body: string, place: Place): number {
  let offset = 0;
  for (let line = 1; line < place.line; line += 1) offset = body.indexOf('\n', offset) + 1;
  return offset + place.column - 1;
}

function placeAt(body: string, offset: number): Place {
  const before = body.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

// `import X from …`, `import { A, B as C } from …`: the local names a file may use as components.
function namesImportedBy(esm: string): string[] {
  const names: string[] = [];
  for (const match of esm.matchAll(/import\s+([^'"]+?)\s+from\s/g)) {
    const clause = match[1] ?? '';
    for (const part of clause.replace(/[{}*]/g, ',').split(',')) {
      const local = part
        .trim()
        .split(/\s+as\s+/)
        .pop()
        ?.trim();
      if (local) names.push(local);
    }
  }
  return names;
}

// satteri's messages read "7:1: Expected a closing tag for `<Callout>` (7:1) (mdx-jsx:unexpected-character)".
function compileFailure(message: string): MdxScan {
  const match = /^(\d+):(\d+):\s*([\s\S]*)$/.exec(message.trim());
  const reason = (match?.[3] ?? message)
    .replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, '')
    .replace(/\s*\([a-z-]+:[a-z-]+\)\s*$/, '');
  const place = match ? { line: Number(match[1]), column: Number(match[2]) } : { line: 1, column: 1 };
  return { ok: false, place, reason: reason.trim() };
}
