import type { Figure, Target } from './result';
import { ratio } from './stats';

/** The parts of a figure a benchmark supplies; the ratio is computed here. */
export type FigureInput = Omit<Figure, 'ratio' | 'target'> & {
  /** The goal and how to judge it from ours (and the baseline); met is undefined when ours is missing. */
  target?: { text: string; check: (ours: number, baseline: number | undefined) => boolean } | undefined;
};

/** A figure with its ratio and the target judged. Non-finite numbers count as missing. */
export function figure(input: FigureInput): Figure {
  const ours = finite(input.ours);
  const baseline = finite(input.baseline);
  const { target: goal, ...rest } = input;
  let target: Target | undefined;
  if (goal) target = { text: goal.text, met: ours === undefined ? undefined : goal.check(ours, baseline) };
  const out: Figure = { ...rest, ours, baseline, ratio: ratio(ours, baseline) };
  if (target) out.target = target;
  if (ours === undefined && out.missing === undefined) out.missing = 'not measured';
  return out;
}

function finite(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}

/** "not measured yet: <reason>", the wording the report uses for a subject that does not exist yet. */
export function notYet(reason: string): string {
  return `not measured yet: ${reason}`;
}
