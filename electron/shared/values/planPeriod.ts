import { parseChineseNumber } from './chineseNumerals';

/**
 * Five-year plans named by number: “十四五” is the 14th, 2021–2025. The first
 * ran 1953–1957 and the second 1958–1962; after three years of readjustment
 * the third began in 1966, and every plan since has run five years.
 */
export const PLAN_PERIOD = /[“"]?(十[一二三四五六七八九]?|[一二三四五六七八九])五[”"]?(?:规划|计划)?/uy;

/** The last year of the `n`th five-year plan (14 → 2025), or null for no such plan. */
export function planEndYear(n: number): number | null {
  if (!Number.isInteger(n) || n < 1) return null;
  if (n === 1) return 1957;
  if (n === 2) return 1962;
  return 1970 + 5 * (n - 3);
}

/** The last year of the plan whose ordinal is written as `numeral` (十四 → 2025). */
export function planEndYearOf(numeral: string): number | null {
  const value = parseChineseNumber(numeral)?.value;
  return value == null ? null : planEndYear(Number(value));
}
