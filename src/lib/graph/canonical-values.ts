import { compareText } from './compare-text';
import type { Point, PropertyMap, PropertyValue } from './property-value.schema';

/**
 * Properties in the one form the serializer writes: keys sorted by code unit, points with
 * APOC's field order (crs first), and -0 as 0 (JSON cannot tell them apart).
 */
export function canonicalProperties(properties: Readonly<PropertyMap>): PropertyMap {
  return Object.fromEntries(
    Object.keys(properties)
      .sort(compareText)
      .map((name) => [name, canonicalValue(properties[name] as PropertyValue)]),
  );
}

function canonicalValue(value: PropertyValue): PropertyValue {
  if (Array.isArray(value)) return value.map((element) => canonicalValue(element)) as PropertyValue;
  if (typeof value === 'number') return value === 0 ? 0 : value;
  if (typeof value === 'object') return canonicalPoint(value);
  return value;
}

function canonicalPoint(point: Point): Point {
  const n = (value: number): number => (value === 0 ? 0 : value);
  switch (point.crs) {
    case 'wgs-84':
      return { crs: point.crs, latitude: n(point.latitude), longitude: n(point.longitude), height: null };
    case 'wgs-84-3d':
      return { crs: point.crs, latitude: n(point.latitude), longitude: n(point.longitude), height: n(point.height) };
    case 'cartesian':
      return { crs: point.crs, x: n(point.x), y: n(point.y), z: null };
    case 'cartesian-3d':
      return { crs: point.crs, x: n(point.x), y: n(point.y), z: n(point.z) };
  }
}

/** Canonical JSON of labels and properties: equal content gives equal text, for hashing and ties. */
export function canonicalContent(labels: readonly string[], properties: Readonly<PropertyMap>): string {
  return JSON.stringify([[...labels].sort(compareText), canonicalProperties(properties)]);
}
