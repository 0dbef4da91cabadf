import type { ProblemText } from './graph-problem';
import { InexactInteger } from './inexact-integer';
import { jsonKind } from './describe-json-value';
import { pointSchema, propertyValueSchema } from './property-value.schema';

const STORABLE = 'a string, number, boolean, point, or a list of one of those';

const POINT_SHAPES: Readonly<Record<string, string>> = {
  'wgs-84': '"latitude" and "longitude" numbers and "height": null',
  'wgs-84-3d': '"latitude", "longitude" and "height" numbers',
  cartesian: '"x" and "y" numbers and "z": null',
  'cartesian-3d': '"x", "y" and "z" numbers',
};

/** Says why a property value cannot be stored in Neo4j, or undefined when it can. */
export function explainPropertyValue(name: string, value: unknown): ProblemText | undefined {
  if (propertyValueSchema.safeParse(value).success) return undefined;
  const subject = `property ${JSON.stringify(name)}`;
  if (Array.isArray(value)) return explainList(subject, value);
  return explainSingle(subject, value) ?? unknownShape(subject);
}

function explainSingle(subject: string, value: unknown): ProblemText | undefined {
  if (value === null) {
    return {
      message: `${subject} is null`,
      fix: 'leave the property out: Neo4j stores no nulls and APOC never writes them',
    };
  }
  if (value instanceof InexactInteger) {
    return {
      message: `${subject} holds the integer ${value.source}, which JavaScript would read as ${value.rounded}`,
      fix: 'store it as a string, or as an integer between -9007199254740991 and 9007199254740991',
    };
  }
  if (typeof value === 'object' && value !== null && 'crs' in value) return explainPoint(subject, value);
  if (typeof value === 'object' && value !== null) {
    return {
      message: `${subject} is a map`,
      fix: `Neo4j stores only ${STORABLE}; split it into separate properties or store it as a JSON string`,
    };
  }
  return undefined;
}

function explainPoint(subject: string, point: object): ProblemText {
  const crs = (point as { crs: unknown }).crs;
  const shape = typeof crs === 'string' ? POINT_SHAPES[crs] : undefined;
  if (shape === undefined) {
    return {
      message: `${subject} is a point with unknown "crs" ${JSON.stringify(crs)}`,
      fix: 'use "wgs-84", "wgs-84-3d", "cartesian" or "cartesian-3d"',
    };
  }
  return {
    message: `${subject} is not a valid ${JSON.stringify(crs)} point`,
    fix: `a ${JSON.stringify(crs)} point has exactly "crs", ${shape}`,
  };
}

function explainList(subject: string, list: readonly unknown[]): ProblemText {
  for (const [index, element] of list.entries()) {
    if (Array.isArray(element)) {
      return {
        message: `${subject} has a list inside a list at [${index}]`,
        fix: `flatten it: a property holds ${STORABLE}`,
      };
    }
    if (element === null) {
      return { message: `${subject} has null at [${index}]`, fix: 'remove the element: Neo4j lists cannot hold null' };
    }
    const single = explainSingle(`${subject}[${index}]`, element);
    const isPoint = pointSchema.safeParse(element).success;
    if (single !== undefined && !isPoint) return single;
  }
  const kinds = [
    ...new Set(list.map((element) => (pointSchema.safeParse(element).success ? 'point' : jsonKind(element)))),
  ];
  return {
    message: `${subject} mixes ${kinds.join(' and ')} in one list`,
    fix: 'make every element the same type: Neo4j lists hold one type',
  };
}

function unknownShape(subject: string): ProblemText {
  return { message: `${subject} cannot be stored in Neo4j`, fix: `use ${STORABLE}` };
}
