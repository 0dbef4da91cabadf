// The public API of the graph export format and our content rules; import from '~/lib/graph'.
export type { Point, PropertyMap, PropertyValue } from './property-value.schema';
export { pointSchema, propertyMapSchema, propertyValueSchema } from './property-value.schema';
export type { ExportLine, LineEnd, NodeLine, RelationshipLine } from './export-line.schema';
export { nodeLineSchema, relationshipLineSchema } from './export-line.schema';
export type { LineOrigin } from './line-origin.schema';
export type { GraphNode } from './graph-node.schema';
export type { GraphRelationship } from './graph-relationship.schema';
export type { Graph } from './graph.schema';
export { graphSchema } from './graph.schema';
export type { GraphProblem, ProblemText } from './graph-problem';
export { GraphDataError, errorsIn, formatProblem, sortProblems } from './graph-problem';
export type { ExportText, GraphReading } from './parse-export';
export { parseExport, parseExports, parseExportsOrThrow } from './parse-export';
export { canonicalizeGraph } from './canonicalize-graph';
export { formatNodeLine, formatRelationshipLine, serializeGraph } from './serialize-export';
export { baseNodeLineId, baseRelationshipLineId, numberedLineId } from './line-ids';
export { checkContentRules, CONTENT_RULES } from './content-rules';
export { checkGraphExports } from './check-graph';
export { formatGraphSummary, summarizeGraph, type GraphSummary } from './graph-summary';
export * from './dictionary';
export {
  contentNodeSchema,
  evidencePropertiesSchema,
  KEY_PATTERN,
  milestonePropertiesSchema,
  optionalNodePropertiesSchema,
  sourcePropertiesSchema,
} from './content-node.schema';
export { contentRelationshipSchema } from './content-relationship.schema';
export { SECTION_PATTERN, sectionSchema } from './section.schema';
