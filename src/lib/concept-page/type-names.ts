import type { NodeLabel } from '~/lib/graph/dictionary';
import { TYPE_NAMES, type TypeName } from '~/lib/graph/type-names';
import type { Locale } from '~/lib/i18n/locales';
import { sourceLocale } from '~/lib/i18n/translate';

function known(label: string): TypeName | undefined {
  return Object.hasOwn(TYPE_NAMES, label) ? TYPE_NAMES[label as NodeLabel] : undefined;
}

/** A label's name for one node (a badge), e.g. 治理鏈條 / Chain; an unknown label as written. */
export function typeName(locale: Locale, label: string): string {
  const name = known(label);
  if (!name) return label;
  return sourceLocale(locale) === 'en' ? name.en : name.zh;
}

/** A label's name over a group of nodes, e.g. 治理鏈條 / Chains; an unknown label as written. */
export function typeGroupName(locale: Locale, label: string): string {
  const name = known(label);
  if (!name) return label;
  return sourceLocale(locale) === 'en' ? name.enPlural : name.zh;
}

/** Sorts labels our way: known labels in TYPE_NAMES order, then others alphabetically. */
export function compareLabels(a: string, b: string): number {
  const order = Object.keys(TYPE_NAMES);
  const [ia, ib] = [order.indexOf(a), order.indexOf(b)];
  if (ia >= 0 && ib >= 0) return ia - ib;
  if (ia >= 0 || ib >= 0) return ia >= 0 ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The fragment id of a type's group on the concept index, e.g. `type-Chain`; safe for any label. */
export function typeAnchor(label: string): string {
  return `type-${label.replace(/[^A-Za-z0-9_-]/gu, (character) => `_${character.codePointAt(0)?.toString(16) ?? ''}`)}`;
}
