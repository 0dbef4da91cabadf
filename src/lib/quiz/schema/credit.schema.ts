import { z } from 'zod';

// Moodle stores grade fractions with 7 decimals; keeping ours to 7 makes GIFT round trips exact.
const hasAtMostSevenDecimals = (value: number) => Math.abs(value * 1e7 - Math.round(value * 1e7)) < 1e-6;

/** A fraction of full credit, 0 to 1 with at most 7 decimals (0.5 = half credit). */
export const creditSchema = z
  .number()
  .min(0, 'credit is below 0 — credit is a fraction from 0 to 1 (0.5 = half credit); the course never subtracts')
  .max(1, 'credit is above 1 — credit is a fraction from 0 to 1; write 0.5 for 50%')
  .refine(hasAtMostSevenDecimals, 'credit has more than 7 decimals — round it (Moodle keeps 7), e.g. 0.3333333');
