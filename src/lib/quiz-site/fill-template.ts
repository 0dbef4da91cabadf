/** Replaces each `{name}` in `template` with `values[name]`; unknown names stay as written. */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A score (0–1) as a whole percentage in the page's language, e.g. 0.755 → "76%". */
export function formatPercent(score: number, lang: string): string {
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(score);
}
