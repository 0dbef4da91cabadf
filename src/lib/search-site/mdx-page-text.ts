import Slugger from 'github-slugger';
import { mdxToMdast } from 'satteri';
import type { ComponentText } from './component-text';
import { mdastText, type MdNode } from './mdast-text';

/** One `##` section of a page: its heading, the id Astro gives the heading, and its text. */
export interface PageSection {
  heading: string;
  /** The heading's `id` as Astro's MDX renders it (github-slugger over the heading's text). */
  anchor: string;
  text: string;
}

/** A page's plain text: what comes before the first `##` heading, then each `##` section. */
export interface PageText {
  intro: string;
  sections: PageSection[];
}

function forEachHeading(node: MdNode, visit: (heading: MdNode) => void): void {
  if (node.type === 'heading') visit(node);
  for (const child of node.children ?? []) forEachHeading(child, visit);
}

// Astro's MDX slugs every heading of the file in order with one github-slugger, so repeats get -1, -2.
function anchorsOf(root: MdNode, componentText: ComponentText): Map<MdNode, string> {
  const slugger = new Slugger();
  const anchors = new Map<MdNode, string>();
  forEachHeading(root, (heading) => anchors.set(heading, slugger.slug(mdastText(heading, componentText).trim())));
  return anchors;
}

/**
 * Reads an MDX body into plain text split at its top-level `##` headings, with components replaced
 * by the words they show (see component-text.ts). Throws satteri's error for MDX that does not parse.
 */
export function mdxPageText(body: string, componentText: ComponentText): PageText {
  const root = mdxToMdast(body) as unknown as MdNode;
  const anchors = anchorsOf(root, componentText);
  const page: PageText = { intro: '', sections: [] };
  for (const node of root.children ?? []) {
    if (node.type === 'heading' && node.depth === 2) {
      page.sections.push({ heading: mdastText(node, componentText).trim(), anchor: anchors.get(node) ?? '', text: '' });
      continue;
    }
    const current = page.sections.at(-1);
    const text = mdastText(node, componentText);
    if (current === undefined) page.intro += text;
    else current.text += text;
  }
  return page;
}
