/** The p-th percentile (0–100) of `values` by linear interpolation between closest ranks; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (Math.min(100, Math.max(0, p)) / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

/** The median of `values`; NaN when empty. */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** `value` rounded to `digits` significant decimals after the point (default 2). */
export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** ours / baseline rounded to 2 decimals, or undefined when either is missing or the baseline is 0. */
export function ratio(ours: number | undefined, baseline: number | undefined): number | undefined {
  if (ours === undefined || baseline === undefined || !Number.isFinite(ours) || !Number.isFinite(baseline))
    return undefined;
  if (baseline === 0) return undefined;
  return round(ours / baseline, ours / baseline < 0.1 ? 3 : 2);
}

/** Mean of `values`; NaN when empty. */
export function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((sum, value) => sum + value, 0) / values.length;
}
