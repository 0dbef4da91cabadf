/** What ordering needs to know about a module. */
export interface OrderableModule {
  slug: string;
  /** The author's `order`: breaks ties between modules the prerequisites leave free. */
  order: number;
  prerequisites: readonly string[];
}

const byOrder = (a: OrderableModule, b: OrderableModule) =>
  a.order - b.order || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

/**
 * Orders modules so each comes after its prerequisites; among modules that are free at the same
 * time, the lower `order` comes first. Unknown prerequisites are ignored and modules caught in a
 * cycle go last by `order` (the course check reports both).
 */
export function orderByPrerequisites<T extends OrderableModule>(modules: readonly T[]): T[] {
  const slugs = new Set(modules.map((module) => module.slug));
  const waitingFor = new Map(
    modules.map((module) => [
      module.slug,
      new Set(module.prerequisites.filter((slug) => slugs.has(slug) && slug !== module.slug)),
    ]),
  );
  const placed: T[] = [];
  const left = [...modules].sort(byOrder);
  while (left.length > 0) {
    const index = left.findIndex((module) => waitingFor.get(module.slug)?.size === 0);
    const [next] = left.splice(index < 0 ? 0 : index, 1);
    if (!next) break;
    placed.push(next);
    waitingFor.forEach((needs) => needs.delete(next.slug));
  }
  return placed;
}
