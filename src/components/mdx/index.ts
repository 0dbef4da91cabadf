import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

// The components every module and lesson may use without importing them: pass `mdxComponents` to
// an entry's <Content components={mdxComponents} />. The course check (src/lib/course-check/
// component-contract.ts) knows the same seven names and the attributes each requires.
// Vite's glob import (not `import X from './X.astro'`) keeps this file checkable by plain `tsc`,
// which has no types for .astro files in Astro 7.
const files = import.meta.glob<{ default: AstroComponentFactory }>('./*.astro', { eager: true });

function component(name: string): AstroComponentFactory {
  const file = files[`./${name}.astro`];
  if (!file) throw new Error(`src/components/mdx/${name}.astro is missing: every MDX component needs its file.`);
  return file.default;
}

/** The concept's name in the page language, linked to its page, with a definition card on hover or focus. */
export const ConceptLink = component('ConceptLink');
/** A boxed definition of a concept with its section. */
export const ConceptCard = component('ConceptCard');
/** A note, warning or case box. */
export const Callout = component('Callout');
/** An image from public/ with alt text and a caption. */
export const Figure = component('Figure');
/** An Evidence node's figure from the graph, never retyped. */
export const Statistic = component('Statistic');
/** The five chains in order, optionally emphasising one. */
export const ChainDiagram = component('ChainDiagram');
/** Table 1 of the paper. */
export const Table1 = component('Table1');

/** The MDX components map: name as written in MDX → component. */
export const mdxComponents = { ConceptLink, ConceptCard, Callout, Figure, Statistic, ChainDiagram, Table1 };
