import type { Graph } from './graph.schema';
import { sortProblems, type GraphProblem } from './graph-problem';
import { checkEvidenceCitations } from './rules/evidence-citation-rule';
import { checkFiveChains } from './rules/five-chains-rule';
import { checkNodeLabels } from './rules/node-label-rules';
import { checkNodeProperties } from './rules/node-property-rules';
import { checkOrders } from './rules/order-rule';
import { checkRelationships } from './rules/relationship-rules';

/** Each content rule of our graph: takes the parsed graph, returns its problems. */
export const CONTENT_RULES: readonly ((graph: Graph) => GraphProblem[])[] = [
  checkNodeLabels,
  checkNodeProperties,
  checkRelationships,
  checkEvidenceCitations,
  checkOrders,
  checkFiveChains,
];

/**
 * Checks a parsed graph against our content model (GRAPH-SPEC.md, dictionary.ts): labels,
 * required properties, section format, relationship types and basis, evidence citations,
 * `order` numbering and the five-chains sequence. Any APOC graph parses; only ours passes this.
 */
export function checkContentRules(graph: Graph): GraphProblem[] {
  return sortProblems(CONTENT_RULES.flatMap((rule) => rule(graph)));
}
