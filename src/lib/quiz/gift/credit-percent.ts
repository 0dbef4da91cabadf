/** A credit fraction (0–1, 7 decimals) as a Moodle percentage weight (5 decimals): 0.3333333 → 33.33333. */
export function percentFromCredit(credit: number): number {
  return Number((credit * 100).toFixed(5));
}

/** A Moodle percentage weight as a credit fraction, rounded to the 7 decimals Moodle keeps. */
export function creditFromPercent(percent: number): number {
  return Number((percent / 100).toFixed(7));
}
