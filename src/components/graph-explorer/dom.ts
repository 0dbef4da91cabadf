// Small DOM builders for the explorer. Text goes in with textContent only: names come from a
// graph export and are never interpreted as HTML.

type Attributes = Record<string, string | number | boolean | undefined>;
type Child = Node | string | undefined | false;

/** An HTML element with attributes (false/undefined are left out, true is an empty attribute) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  setAttributes(element, attributes);
  append(element, children);
  return element;
}

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element with attributes and children. */
export function s(tag: string, attributes: Attributes = {}, ...children: Child[]): SVGElement {
  const element = document.createElementNS(SVG, tag) as SVGElement;
  setAttributes(element, attributes);
  append(element, children);
  return element;
}

function setAttributes(element: Element, attributes: Attributes): void {
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(key, value === true ? '' : String(value));
  }
}

function append(element: Element, children: Child[]): void {
  for (const child of children) {
    if (child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** The element marked `data-part="<name>"` inside `root`; throws when the markup lacks it. */
export function part<T extends Element = HTMLElement>(root: ParentNode, name: string): T {
  const found = root.querySelector<T & Element>(`[data-part="${name}"]`);
  if (!found) throw new Error(`graph-explorer: the markup has no [data-part="${name}"]`);
  return found;
}

/** The nodes of a list that are present, for replaceChildren with optional parts. */
export function compact(...items: (Node | undefined | false)[]): Node[] {
  return items.filter((item): item is Node => item instanceof Node);
}
