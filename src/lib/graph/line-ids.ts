import { canonicalContent } from './canonical-values';
import { fnv1aHex } from './fnv1a-hash';
import type { PropertyMap } from './property-value.schema';
import { compareText } from './compare-text';

/** Hex digits of the content hash in a fallback node id. */
export const FALLBACK_HASH_LENGTH = 12;

/**
 * The line id the serializer gives a node before numbering: its `key` when that is a non-empty
 * string, else the fallback `<first label in sorted order, or "node">:<12 hex digits of the
 * FNV-1a-64 hash of its sorted labels and properties>`, which stays the same while they do.
 */
export function baseNodeLineId(
  labels: readonly string[],
  properties: Readonly<PropertyMap>,
): { id: string; fromKey: boolean } {
  const key = properties['key'];
  if (typeof key === 'string' && key !== '') return { id: key, fromKey: true };
  const firstLabel = [...labels].sort(compareText)[0] ?? 'node';
  const hash = fnv1aHex(canonicalContent(labels, properties)).slice(0, FALLBACK_HASH_LENGTH);
  return { id: `${firstLabel}:${hash}`, fromKey: false };
}

/** The line id of a relationship before numbering: `<startId>|<TYPE>|<endId>`. */
export function baseRelationshipLineId(start: string, type: string, end: string): string {
  return `${start}|${type}|${end}`;
}

/** The n-th (1-based) item sharing a base id: the base itself, then `base#2`, `base#3`, … */
export function numberedLineId(base: string, ordinal: number): string {
  return ordinal === 1 ? base : `${base}#${ordinal}`;
}
