import type { IndicatorDocument } from '../../../electron/shared/indicators/indicatorTableSchema';

const two = (n: number) => String(n).padStart(2, '0');

/** A document's date as far as it is known (2023-03-05, 2023-03, 2023); empty when undated. */
export function dateText(document: IndicatorDocument): string {
  const d = document.date;
  if (!d) return '';
  return [String(d.year), ...(d.month ? [two(d.month)] : []), ...(d.month && d.day ? [two(d.day)] : [])].join('-');
}

/** What names a document on the chart's axis: its year, since reports of many years share a title; the title when it has no date. */
export function axisLabel(document: IndicatorDocument): string {
  return document.date ? String(document.date.year) : document.title;
}
