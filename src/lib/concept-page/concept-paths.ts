import type { Graph } from '~/lib/graph/graph.schema';
import { type Locale, locales, paramFromLocale } from '~/lib/i18n/locales';
import { conceptSlug } from './concept-url';

/** A concept page's getStaticPaths entry. */
export interface ConceptPathEntry {
  params: { locale: string | undefined; key: string };
  props: { locale: Locale; id: string };
}

/**
 * One concept page per node and language. Two ids that would share a URL (they differ only in
 * Unicode normalisation) fail the build, naming both, rather than one page silently replacing the other.
 */
export function conceptStaticPaths(graph: Graph): ConceptPathEntry[] {
  const bySlug = new Map<string, string>();
  for (const node of graph.nodes) {
    const slug = conceptSlug(node.id);
    const other = bySlug.get(slug);
    if (other !== undefined) {
      throw new Error(
        `Nodes "${other}" and "${node.id}" would share the concept page /concepts/${slug}/ — give one of them another id.`,
      );
    }
    bySlug.set(slug, node.id);
  }
  return locales.flatMap((locale) =>
    graph.nodes.map((node) => ({
      params: { locale: paramFromLocale(locale), key: conceptSlug(node.id) },
      props: { locale, id: node.id },
    })),
  );
}
