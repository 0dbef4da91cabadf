import type { GraphNode } from '~/lib/graph/graph-node.schema';
import type { Locale } from '~/lib/i18n/locales';
import { sourceLocale } from '~/lib/i18n/translate';
import { formatAsOf } from './format-as-of';
import { type GraphIndex, textProperty } from './graph-index';

/** What an Evidence node says, ready to show. Every part is optional: another export may lack it. */
export interface EvidenceFigure {
  /** The value with its unit in the page's language, e.g. "940.6 萬條" or "940.6 ×10,000 instructions". */
  amount: string | undefined;
  /** The number itself, for a <data value>. */
  value: number | undefined;
  asOf: string | undefined;
  /** The figure exactly as the paper writes it, in Chinese. */
  figureZh: string | undefined;
  /** The Source nodes the evidence CITES (its footnotes). */
  sources: GraphNode[];
}

// Made once per language: making an Intl.NumberFormat costs far more than using one.
const numberFormats = {
  en: new Intl.NumberFormat('en', { maximumFractionDigits: 20 }),
  'zh-Hant': new Intl.NumberFormat('zh-Hant', { maximumFractionDigits: 20 }),
};

/** Formats a number the way the page's language writes it, without rounding it. */
export function formatNumber(locale: Locale, value: number): string {
  return numberFormats[sourceLocale(locale)].format(value);
}

/** The figure an Evidence node carries, with the sources it cites. */
export function evidenceFigure(index: GraphIndex, node: GraphNode, locale: Locale): EvidenceFigure {
  const raw = node.properties['value'];
  const value = typeof raw === 'number' ? raw : undefined;
  const en = sourceLocale(locale) === 'en';
  const unit = (en ? textProperty(node.properties, 'unit_en') : undefined) ?? textProperty(node.properties, 'unit_zh');
  const valueText = value !== undefined ? formatNumber(locale, value) : typeof raw === 'string' ? raw : undefined;
  const asOf = textProperty(node.properties, 'as_of');
  return {
    amount: valueText === undefined ? undefined : unit ? `${valueText} ${unit}` : valueText,
    value,
    asOf: asOf ? formatAsOf(locale, asOf) : undefined,
    figureZh: textProperty(node.properties, 'figure_zh'),
    sources: (index.outgoing.get(node.id) ?? [])
      .filter((rel) => rel.type === 'CITES')
      .flatMap((rel) => index.nodeById.get(rel.end) ?? []),
  };
}
