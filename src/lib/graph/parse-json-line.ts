import type { ProblemText } from './graph-problem';
import { InexactInteger } from './inexact-integer';

/** A line read as JSON, or why it is not JSON (with the 1-based column when JSON.parse tells). */
export type JsonLineReading = { ok: true; value: unknown } | { ok: false; problem: ProblemText; column?: number };

const POSITION = / in JSON at position (\d+)(?: \(line \d+ column \d+\))?$/;
const ECHOED_TEXT = /, ".*" is not valid JSON$/s;

/** Parses one export line; integers that a JS number would round become {@link InexactInteger}. */
export function parseJsonLine(text: string): JsonLineReading {
  try {
    return { ok: true, value: JSON.parse(text, keepIntegersExact) };
  } catch (error) {
    return explainJsonError(text, error instanceof Error ? error.message : String(error));
  }
}

// Node 22+ hands revivers the source text of each primitive, which is the only way to notice
// that 9007199254740993 was read as 9007199254740992. A literal is kept when the number holds
// it exactly, or when it is how JSON.stringify writes that number, so our own output re-reads.
function keepIntegersExact(_key: string, value: unknown, context?: { source?: string }): unknown {
  const source = context?.source;
  if (typeof value !== 'number' || source === undefined || !/^-?\d+$/.test(source)) return value;
  if (JSON.stringify(value) === source) return value;
  const exact = Number.isFinite(value) && BigInt(source) === BigInt(value);
  return exact ? value : new InexactInteger(source, value);
}

function explainJsonError(text: string, engineMessage: string): JsonLineReading {
  const position = POSITION.exec(engineMessage);
  const what = engineMessage.replace(POSITION, '').replace(ECHOED_TEXT, '');
  const problem = {
    message: `invalid JSON: ${what.charAt(0).toLowerCase()}${what.slice(1)}`,
    fix: 'each line must be one complete JSON object; check the quotes, commas and brackets there',
  };
  if (position?.[1] !== undefined) return { ok: false, problem, column: Number(position[1]) + 1 };
  if (/end of JSON input/.test(engineMessage)) return { ok: false, problem, column: text.length + 1 };
  return { ok: false, problem };
}
