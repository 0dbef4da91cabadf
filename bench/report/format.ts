import type { Figure } from '../lib/result';

/** A number with its unit, e.g. "1.2 s", "34.5 KB", "12 ms"; "—" when missing. */
export function formatValue(value: number | undefined, unit: string): string {
  if (value === undefined || !Number.isFinite(value)) return '—';
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  const text = value.toLocaleString('en-GB', { maximumFractionDigits: digits });
  return unit === '×' ? `${text} ×` : `${text} ${unit}`;
}

/** "met", "MISSED" or "" for a figure's target. */
export function targetVerdict(figure: Figure): string {
  if (!figure.target) return '';
  if (figure.target.met === undefined) return 'not judged';
  return figure.target.met ? 'met' : 'MISSED';
}

/** The ratio column: "0.21 ×" or "—". */
export function formatRatio(figure: Figure): string {
  return figure.ratio === undefined ? '—' : `${figure.ratio} ×`;
}
