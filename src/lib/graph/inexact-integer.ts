/**
 * Stands in for an integer literal that a JavaScript number cannot hold exactly (a Neo4j long
 * beyond ±2^53, e.g. 9007199254740993). No schema accepts it, so it is reported, not rounded.
 */
export class InexactInteger {
  /** The literal as written in the file. */
  readonly source: string;
  /** What JSON.parse would have silently made of it. */
  readonly rounded: number;

  constructor(source: string, rounded: number) {
    this.source = source;
    this.rounded = rounded;
  }
}
