import { z } from 'zod';

// Points are the one map Neo4j stores; APOC writes them with "crs" first and a null third
// coordinate for 2D points. The four CRS names are the ones Cypher's point() accepts.

/** A 2D geographic point: {"crs":"wgs-84","latitude":…,"longitude":…,"height":null}. */
export const geographic2dPointSchema = z.strictObject({
  /** Coordinate reference system of a 2D point on the earth. */
  crs: z.literal('wgs-84'),
  /** Degrees north of the equator. */
  latitude: z.number(),
  /** Degrees east of Greenwich. */
  longitude: z.number(),
  /** Always null for a 2D point; APOC writes it, a missing one reads as null. */
  height: z.null().default(null),
});

/** A 3D geographic point: like the 2D one, with a height in metres. */
export const geographic3dPointSchema = z.strictObject({
  /** Coordinate reference system of a 3D point on the earth. */
  crs: z.literal('wgs-84-3d'),
  /** Degrees north of the equator. */
  latitude: z.number(),
  /** Degrees east of Greenwich. */
  longitude: z.number(),
  /** Metres above the WGS-84 ellipsoid. */
  height: z.number(),
});

/** A 2D cartesian point: {"crs":"cartesian","x":…,"y":…,"z":null}. */
export const cartesian2dPointSchema = z.strictObject({
  /** Coordinate reference system of a point on a flat plane. */
  crs: z.literal('cartesian'),
  /** First coordinate. */
  x: z.number(),
  /** Second coordinate. */
  y: z.number(),
  /** Always null for a 2D point; APOC writes it, a missing one reads as null. */
  z: z.null().default(null),
});

/** A 3D cartesian point: like the 2D one, with a number z. */
export const cartesian3dPointSchema = z.strictObject({
  /** Coordinate reference system of a point in space. */
  crs: z.literal('cartesian-3d'),
  /** First coordinate. */
  x: z.number(),
  /** Second coordinate. */
  y: z.number(),
  /** Third coordinate. */
  z: z.number(),
});

/** Any spatial value Neo4j stores, as APOC writes it. */
export const pointSchema = z.union([
  geographic2dPointSchema,
  geographic3dPointSchema,
  cartesian2dPointSchema,
  cartesian3dPointSchema,
]);
export type Point = z.infer<typeof pointSchema>;

/**
 * A value Neo4j can store as a property: a string (temporal values are ISO strings in APOC
 * exports), a finite number, a boolean, a point, or a list holding one of those kinds only.
 * Null is not storable: APOC leaves missing values out, so a null is reported as an error.
 */
export const propertyValueSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  pointSchema,
  z.array(z.string()),
  z.array(z.number()),
  z.array(z.boolean()),
  z.array(pointSchema),
]);
export type PropertyValue = z.infer<typeof propertyValueSchema>;

/** The properties of a node or relationship, by name. */
export const propertyMapSchema = z.record(z.string(), propertyValueSchema);
export type PropertyMap = z.infer<typeof propertyMapSchema>;
