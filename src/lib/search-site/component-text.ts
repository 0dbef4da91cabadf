import type { GraphNode } from '~/lib/graph/graph-node.schema';
import type { Locale } from '~/lib/i18n/locales';
import { sourceLocale } from '~/lib/i18n/translate';
import { nodeCaption, nodeDefinition } from '~/lib/site-graph/node-text';
import type { ConceptLookup } from './concept-lookup';

/** A JSX element of a lesson as the text extractor sees it: its name, text attributes and children's text. */
export interface ComponentCall {
  name: string;
  attributes: ReadonlyMap<string, string>;
  /** The plain text of its children ('' for a self-closing element). */
  childText: string;
}

/** Turns a component into the words a reader sees in its place; '' for pictures (diagrams, tables). */
export type ComponentText = (call: ComponentCall) => string;

function stringProperty(node: GraphNode, name: string): string | undefined {
  const value = node.properties[name];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

// What a Statistic box reads as: the figure as the paper writes it, else value and unit.
function figureOf(node: GraphNode, locale: Locale): string {
  const zh = sourceLocale(locale) === 'zh-Hant';
  const figure = zh ? stringProperty(node, 'figure_zh') : undefined;
  if (figure !== undefined) return figure;
  const value = node.properties['value'];
  const unit = stringProperty(node, zh ? 'unit_zh' : 'unit_en') ?? '';
  return typeof value === 'number' || typeof value === 'string'
    ? `${String(value)} ${unit}`.trim()
    : nodeCaption(node, locale);
}

/**
 * The text of the course's MDX components in a language: ConceptLink reads as its children or the
 * concept's name, ConceptCard as name and definition, Statistic as its figure, Callout as its title
 * and body; ChainDiagram, Table1 and other self-closing components add no words.
 */
export function courseComponentText(lookup: ConceptLookup, locale: Locale): ComponentText {
  return ({ name, attributes, childText }) => {
    const concept = attributes.get('concept') ?? '';
    switch (name) {
      case 'ConceptLink': {
        const node = lookup(concept);
        return childText.trim() !== '' ? childText : node === undefined ? concept : nodeCaption(node, locale);
      }
      case 'ConceptCard': {
        const node = lookup(concept);
        return node === undefined ? concept : `${nodeCaption(node, locale)}\n${nodeDefinition(node, locale)}`;
      }
      case 'Statistic': {
        const node = lookup(attributes.get('evidence') ?? '');
        return node === undefined ? '' : figureOf(node, locale);
      }
      case 'Callout':
        return [attributes.get('title') ?? '', childText].filter((part) => part.trim() !== '').join('\n');
      default:
        return childText;
    }
  };
}
