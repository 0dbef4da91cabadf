// Several components on one page need ids (aria-describedby, SVG markers) that must not collide.
// Counting per page render keeps them unique and the same from build to build.
const counters = new WeakMap<object, number>();

/** The next id with `prefix` in the render identified by `scope` (pass `Astro.locals`). */
export function nextElementId(scope: object, prefix: string): string {
  const next = (counters.get(scope) ?? 0) + 1;
  counters.set(scope, next);
  return `${prefix}-${next}`;
}
