/** The part of a parsed export that derived data needs: ids, labels, types and ends. */
export interface NodeShape {
  id: string;
  labels: readonly string[];
  properties: Readonly<Record<string, unknown>>;
}
export interface RelationshipShape {
  id: string;
  type: string;
  start: string;
  end: string;
  properties: Readonly<Record<string, unknown>>;
}
export interface GraphShape {
  nodes: readonly NodeShape[];
  relationships: readonly RelationshipShape[];
}
