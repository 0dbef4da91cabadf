import { InexactInteger } from './inexact-integer';

const SHOWN_STRING_LENGTH = 40;

/** A short human description of a parsed JSON value for error messages: `"abc"`, `42`, `a list`. */
export function describeJsonValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (value instanceof InexactInteger) return value.source;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    const shown = value.length > SHOWN_STRING_LENGTH ? `${value.slice(0, SHOWN_STRING_LENGTH)}…` : value;
    return JSON.stringify(shown);
  }
  return String(value);
}

/** The JSON kind of a value, for "mixes string and number" messages. */
export function jsonKind(value: unknown): string {
  if (value === null) return 'null';
  if (value instanceof InexactInteger) return 'number';
  if (Array.isArray(value)) return 'list';
  return typeof value === 'object' ? 'map' : typeof value;
}
