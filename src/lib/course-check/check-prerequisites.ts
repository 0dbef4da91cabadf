import { AUTHORED_LANGUAGES } from './content-layout';
import type { ModuleDoc } from './course-docs';
import { problemAt, type CourseProblem } from './course-problem';
import { didYouMean } from './suggest';

/** Prerequisites as written: each string item of the raw `prerequisites` list, with its index. */
function prerequisitesOf(doc: ModuleDoc): { slug: string; index: number }[] {
  const list = doc.frontmatter?.data['prerequisites'];
  if (!Array.isArray(list)) return [];
  return list.flatMap((slug: unknown, index) => (typeof slug === 'string' ? [{ slug, index }] : []));
}

/** Every prerequisite names a module (in some language). */
export function checkUnknownPrerequisites(
  modules: readonly ModuleDoc[],
  knownSlugs: ReadonlySet<string>,
): CourseProblem[] {
  const candidates = [...knownSlugs];
  return modules.flatMap((doc) =>
    prerequisitesOf(doc)
      .filter(({ slug }) => !knownSlugs.has(slug))
      .map(({ slug, index }) =>
        problemAt(
          doc.path,
          doc.frontmatter?.placeOf(['prerequisites', index]) ?? { line: 1, column: 1 },
          `unknown prerequisite "${slug}"`,
          `use the slug of a module, its file name without .mdx${didYouMean(slug, candidates)}, or remove it`,
        ),
      ),
  );
}

/** No module depends on itself through its prerequisites; each cycle is named once per language, a → b → a. */
export function checkPrerequisiteCycles(modules: readonly ModuleDoc[]): CourseProblem[] {
  const problems: CourseProblem[] = [];
  for (const lang of AUTHORED_LANGUAGES) {
    const docs = new Map(modules.filter((doc) => doc.lang === lang).map((doc) => [doc.slug, doc]));
    const edges = new Map([...docs].map(([slug, doc]) => [slug, prerequisitesOf(doc).filter((p) => docs.has(p.slug))]));
    const reported = new Set<string>();
    for (const slug of [...docs.keys()].sort()) {
      const found = shortestCycleThrough(slug, edges);
      if (!found) continue;
      const cycle = rotateToSmallest(found);
      const start = cycle[0] ?? slug;
      if (reported.has(cycle.join(' '))) continue;
      reported.add(cycle.join(' '));
      const doc = docs.get(start);
      const first = edges.get(start)?.find((p) => p.slug === cycle[1]);
      if (!doc || !first) continue;
      problems.push(
        problemAt(
          doc.path,
          doc.frontmatter?.placeOf(['prerequisites', first.index]) ?? { line: 1, column: 1 },
          `prerequisites form a cycle: ${cycle.join(' → ')}`,
          'remove one of these prerequisites so the modules can be taken in order',
        ),
      );
    }
  }
  return problems;
}

// [b, c, a, b] → [a, b, c, a]: the same cycle always reads the same way.
function rotateToSmallest(cycle: string[]): string[] {
  const ring = cycle.slice(0, -1);
  const smallest = [...ring].sort()[0] ?? '';
  const at = ring.indexOf(smallest);
  const rotated = [...ring.slice(at), ...ring.slice(0, at)];
  return [...rotated, smallest];
}

// Breadth-first from `start` along prerequisites; the first path back to `start` is the shortest cycle.
function shortestCycleThrough(start: string, edges: ReadonlyMap<string, { slug: string }[]>): string[] | undefined {
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const slug = queue.shift() ?? '';
    for (const { slug: next } of [...(edges.get(slug) ?? [])].sort((a, b) => (a.slug < b.slug ? -1 : 1))) {
      if (next === start) {
        const path = [slug];
        while (path[0] !== start) path.unshift(previous.get(path[0] ?? '') ?? start);
        return [...path, start];
      }
      if (!previous.has(next) && next !== start) {
        previous.set(next, slug);
        queue.push(next);
      }
    }
  }
  return undefined;
}
