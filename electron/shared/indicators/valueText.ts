import { shiftDecimal } from '../values/decimal';
import type { Comparator, Scale } from '../values/valueSchema';
import type { IndicatorValue } from './indicatorTableSchema';

/** How many places each multiplier moves the point: 万 is 10^4. */
const SCALE_POWER: Record<Scale, number> = {
  十: 1,
  百: 2,
  千: 3,
  万: 4,
  十万: 5,
  百万: 6,
  千万: 7,
  亿: 8,
  十亿: 9,
  百亿: 10,
  千亿: 11,
  万亿: 12,
};

/** The sign of a comparator as a chart or a table shows it: ≥ at least, ≤ at most, ≈ around; none for a point or a range. */
export function comparatorSign(comparator: Comparator | null): string {
  return comparator === 'at-least' ? '≥' : comparator === 'at-most' ? '≤' : comparator === 'around' ? '≈' : '';
}

/** An amount in base units written back in the multiplier of the text (9000000 with 万 → 900); a fraction stays as it is. */
export function scaledAmount(amount: string, scale: Scale | null): string {
  return scale === null || amount.includes('/') ? amount : shiftDecimal(amount, -SCALE_POWER[scale]);
}

/** A parsed value as one short text: ≥900万人, ≈7.5%, 4.5–5%; empty when it has no amount. */
export function valueText(value: Pick<IndicatorValue, 'amount' | 'amountMax' | 'unit' | 'scale' | 'comparator'>): string {
  if (value.amount === null) return '';
  const tail = `${value.scale ?? ''}${value.unit ?? ''}`;
  const low = scaledAmount(value.amount, value.scale);
  if (value.amountMax !== null) return `${low}–${scaledAmount(value.amountMax, value.scale)}${tail}`;
  return `${comparatorSign(value.comparator)}${low}${tail}`;
}

/** The number a chart plots for a value, in the multiplier `scale`: the amount, or the middle of a range; null without an amount or for a fraction. */
export function chartNumber(value: Pick<IndicatorValue, 'amount' | 'amountMax'>, scale: Scale | null): number | null {
  if (value.amount === null || value.amount.includes('/')) return null;
  const low = Number(scaledAmount(value.amount, scale));
  if (value.amountMax === null || value.amountMax.includes('/')) return low;
  return (low + Number(scaledAmount(value.amountMax, scale))) / 2;
}
