import type { GraphNode } from '~/lib/graph/graph-node.schema';
import type { Locale } from '~/lib/i18n/locales';
import { nodeCaption } from '~/lib/site-graph/node-text';
import { type GraphIndex, textProperty } from './graph-index';
import { conceptStrings, fill } from './strings';

/** A Source node's reference, ready to show. */
export interface SourceCitation {
  citation: string | undefined;
  /** The source's web address, only when it is an http(s) URL (an export is untrusted input). */
  url: string | undefined;
  /** The footnote number (0 is the paper itself). */
  number: number | undefined;
  /** The Source node of the footnote this one repeats ("同註1"), if the graph has it. */
  sameAs: GraphNode | undefined;
}

/** The URL if it is a well-formed http or https address; anything else (javascript:, data:, …) is dropped. */
export function safeWebUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function footnoteNumber(node: GraphNode): number | undefined {
  const number = node.properties['number'];
  return typeof number === 'number' && Number.isInteger(number) ? number : undefined;
}

/** What a Source node cites. */
export function sourceCitation(index: GraphIndex, node: GraphNode): SourceCitation {
  const sameAsNumber = node.properties['same_as'];
  const sameAs =
    typeof sameAsNumber === 'number'
      ? index.graph.nodes.find((other) => other.labels.includes('Source') && footnoteNumber(other) === sameAsNumber)
      : undefined;
  return {
    citation: textProperty(node.properties, 'citation'),
    url: safeWebUrl(node.properties['url']),
    number: footnoteNumber(node),
    sameAs,
  };
}

/** A short name for a footnote: 註9 / note 9 (the paper for number 0); the caption for other sources. */
export function footnoteLabel(node: GraphNode, locale: Locale): string {
  const number = footnoteNumber(node);
  const t = conceptStrings.for(locale);
  if (number === undefined) return nodeCaption(node, locale);
  return number === 0 ? t('footnote.paper') : fill(t('footnote.number'), { number });
}
