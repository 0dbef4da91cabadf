/** The element marked `data-part="name"` inside `root`; throws when the markup lacks it (a build bug). */
export function part<T extends HTMLElement = HTMLElement>(root: ParentNode, name: string): T {
  const found = root.querySelector<T>(`[data-part="${name}"]`);
  if (found === null) throw new Error(`quiz markup has no [data-part="${name}"]`);
  return found;
}

/** Every element marked `data-part="name"` inside `root`. */
export function parts<T extends HTMLElement = HTMLElement>(root: ParentNode, name: string): T[] {
  return [...root.querySelectorAll<T>(`[data-part="${name}"]`)];
}

/** Direct children of `parent` matching `selector`. */
export function childrenMatching<T extends Element = HTMLElement>(parent: Element, selector: string): T[] {
  return [...parent.children].filter((child): child is T => child.matches(selector));
}

/** Shows or hides every element matching `selector` inside `root`. */
export function setHidden(root: ParentNode, selector: string, hidden: boolean): void {
  for (const element of root.querySelectorAll<HTMLElement>(selector)) element.hidden = hidden;
}
