import { FIVE_CHAINS_SEQUENCE, FIVE_CHAIN_KEYS } from '../dictionary';
import type { Graph } from '../graph.schema';
import { problemAt, type GraphProblem } from '../graph-problem';
import type { LineOrigin } from '../line-origin.schema';
import { formatOrigin } from './describe-node';

const ORDER_TEXT = FIVE_CHAIN_KEYS.join(' → ');

/**
 * The PRECEDES links with sequence "five-chains" are exactly the four links of
 * chain-perception → chain-assessment → chain-contingency-plan → chain-decision → chain-disposal.
 */
export function checkFiveChains(graph: Graph): GraphProblem[] {
  const links = graph.relationships.filter(
    (rel) => rel.type === 'PRECEDES' && rel.properties['sequence'] === FIVE_CHAINS_SEQUENCE,
  );
  const expected = FIVE_CHAIN_KEYS.slice(1).map((end, index) => `${FIVE_CHAIN_KEYS[index]}|${end}`);
  const problems: GraphProblem[] = [];
  const seen = new Map<string, LineOrigin>();
  for (const link of links) {
    const pair = `${link.start}|${link.end}`;
    const first = seen.get(pair);
    if (!expected.includes(pair)) {
      problems.push(
        problemAt(link.origin, {
          message: `PRECEDES ${link.start} → ${link.end} is not a step of the "${FIVE_CHAINS_SEQUENCE}" sequence ${ORDER_TEXT}`,
          fix: 'remove it, correct its ends, or give it another "sequence"',
        }),
      );
    } else if (first !== undefined) {
      problems.push(
        problemAt(link.origin, {
          message: `PRECEDES ${link.start} → ${link.end} repeats the "${FIVE_CHAINS_SEQUENCE}" link at ${formatOrigin(first)}`,
          fix: 'keep one link per step',
        }),
      );
    }
    seen.set(pair, first ?? link.origin);
  }
  for (const pair of expected.filter((step) => !seen.has(step))) {
    const [start = '', end = ''] = pair.split('|');
    problems.push(
      problemAt(placeFor(graph, start, end), {
        message: `the "${FIVE_CHAINS_SEQUENCE}" sequence lacks the step ${start} → ${end}`,
        fix: `add {"type":"relationship","id":"${start}|PRECEDES|${end}","label":"PRECEDES","properties":{"basis":"explicit","section":"三(四)","sequence":"${FIVE_CHAINS_SEQUENCE}"},"start":{"id":"${start}","labels":["Chain"]},"end":{"id":"${end}","labels":["Chain"]}}`,
      }),
    );
  }
  return problems;
}

// A missing link has no line of its own: point at its start chain, else its end, else the graph's start.
function placeFor(graph: Graph, start: string, end: string): LineOrigin {
  const node =
    graph.nodes.find((candidate) => candidate.id === start) ?? graph.nodes.find((candidate) => candidate.id === end);
  return node?.origin ?? graph.nodes[0]?.origin ?? graph.relationships[0]?.origin ?? { file: 'graph', line: 0 };
}
