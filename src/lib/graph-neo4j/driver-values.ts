import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isPoint,
  isTime,
} from 'neo4j-driver';
import type { Point, PropertyValue } from '~/lib/graph/property-value.schema';

// SRIDs of the four coordinate reference systems Neo4j stores, and back.
const sridOf = { 'wgs-84': 4326, 'wgs-84-3d': 4979, cartesian: 7203, 'cartesian-3d': 9157 } as const;
const crsOf: Record<number, Point['crs']> = {
  4326: 'wgs-84',
  4979: 'wgs-84-3d',
  7203: 'cartesian',
  9157: 'cartesian-3d',
};

function isPointMap(value: unknown): value is Point {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'crs' in value;
}

function pointToDriver(point: Point): unknown {
  switch (point.crs) {
    case 'wgs-84':
      return new neo4j.types.Point(sridOf[point.crs], point.longitude, point.latitude);
    case 'wgs-84-3d':
      return new neo4j.types.Point(sridOf[point.crs], point.longitude, point.latitude, point.height);
    case 'cartesian':
      return new neo4j.types.Point(sridOf[point.crs], point.x, point.y);
    case 'cartesian-3d':
      return new neo4j.types.Point(sridOf[point.crs], point.x, point.y, point.z);
  }
}

/**
 * An export value as the driver should send it: whole numbers as Neo4j integers (as APOC's
 * import does; a JS number would be stored as a float), point maps as points.
 */
export function toDriverValue(value: PropertyValue): unknown {
  if (Array.isArray(value))
    return (value as readonly (string | number | boolean | Point)[]).map((item) => toDriverValue(item));
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (isPointMap(value)) return pointToDriver(value);
  return value;
}

/** An export's property map, ready to `SET n = $props`. */
export function toDriverProperties(properties: Readonly<Record<string, PropertyValue>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).map(([name, value]) => [name, toDriverValue(value)]));
}

/**
 * A value read from Neo4j as APOC's JSON export writes it: integers and floats as numbers,
 * temporal values as ISO strings, points as {"crs",…} maps. Throws for an integer that a JSON
 * number cannot hold exactly, naming where it was found.
 */
export function fromDriverValue(value: unknown, where: string): PropertyValue {
  if (Array.isArray(value)) return value.map((item) => fromDriverValue(item, where)) as PropertyValue;
  if (isInt(value)) {
    if (!value.inSafeRange()) {
      throw new Error(
        `${where}: the integer ${value.toString()} is beyond ±2^53 and cannot be exported exactly as JSON — store it as a string`,
      );
    }
    return value.toNumber();
  }
  if (isPoint(value)) return pointFromDriver(value, where);
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isDuration(value)
  ) {
    return value.toString();
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  throw new Error(`${where}: a property value of an unsupported kind (${typeof value}) cannot be exported`);
}

function pointFromDriver(point: { srid: unknown; x: number; y: number; z?: number | undefined }, where: string): Point {
  const srid = isInt(point.srid) ? point.srid.toNumber() : Number(point.srid);
  const crs = crsOf[srid];
  if (crs === undefined) throw new Error(`${where}: a point with the unknown SRID ${srid} cannot be exported`);
  if (crs === 'wgs-84') return { crs, latitude: point.y, longitude: point.x, height: null };
  if (crs === 'wgs-84-3d') return { crs, latitude: point.y, longitude: point.x, height: point.z ?? 0 };
  if (crs === 'cartesian') return { crs, x: point.x, y: point.y, z: null };
  return { crs, x: point.x, y: point.y, z: point.z ?? 0 };
}
