import type { IndicatorDocument, IndicatorRow, IndicatorValue } from '../../../electron/shared/indicators/indicatorTableSchema';
import { chartNumber, valueText } from '../../../electron/shared/indicators/valueText';
import type { Scale } from '../../../electron/shared/values/valueSchema';

/** One document's point in the chart of an indicator. */
export interface ChartPoint {
  document: IndicatorDocument;
  value: IndicatorValue;
  /** In the chart's multiplier (万 for 900万人). */
  y: number;
  /** As the table shows it: ≥900万人. */
  text: string;
}

export interface ChartSeries {
  points: ChartPoint[];
  /** What the axis counts in: the multiplier and unit most of the values are written in (万人, %). */
  unit: string;
  /** Values of the row not plotted: in another unit, a second value in one document, or none. */
  left: number;
}

function mostCommon<T>(items: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * The points of an indicator's chart: one per document that states it, in
 * the documents' order, its first value in the unit most values share,
 * plotted in the multiplier most of those are written in, so that 900万人
 * and 1200万人 read as 900 and 1,200 on an axis of 万人.
 */
export function chartSeries(row: IndicatorRow, documents: readonly IndicatorDocument[]): ChartSeries {
  const plottable = row.values.filter((v) => v.amount !== null && !v.amount.includes('/'));
  const unit = mostCommon(plottable.map((v) => v.unit)) ?? null;
  const same = plottable.filter((v) => v.unit === unit);
  const scale: Scale | null = mostCommon(same.map((v) => v.scale)) ?? null;
  const points: ChartPoint[] = [];
  for (const document of documents) {
    const value = same.find((v) => v.docId === document.id);
    const y = value && chartNumber(value, scale);
    if (value && y !== null && y !== undefined) points.push({ document, value, y, text: valueText(value) });
  }
  return { points, unit: `${scale ?? ''}${unit ?? ''}`, left: row.values.length - points.length };
}
