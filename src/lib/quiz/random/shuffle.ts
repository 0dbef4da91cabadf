import { mulberry32 } from '~/lib/random/seeded-random';

/** A new array with the items in an order fixed by `seed` (Fisher–Yates over mulberry32); the input is not changed. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const random = mulberry32(seed);
  const result = [...items];
  for (let index = result.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [result[index], result[other]] = [result[other] as T, result[index] as T];
  }
  return result;
}
