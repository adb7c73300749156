import type { DocumentDate } from '../structure/documentDate';
import type { TargetValue } from '../values/valueSchema';
import type { IndicatorGroups } from './indicatorGroupsSchema';
import { indicatorKey } from './indicatorKey';
import type { IndicatorDocument, IndicatorRow, IndicatorTable, IndicatorValue } from './indicatorTableSchema';

/** What grouping needs of a target span. */
export interface IndicatorSpan {
  id: string;
  docId: string;
  start: number;
  end: number;
  quote: string;
  value?: TargetValue | null;
}

/** Day order of a date; a year alone or a month alone sorts before the days inside it. */
function dateOrder(date: DocumentDate | null): number {
  return date ? date.year * 10_000 + (date.month ?? 0) * 100 + (date.day ?? 0) : Number.POSITIVE_INFINITY;
}

/** Documents oldest first, undated ones last, ties by title. */
export function byDate(documents: readonly IndicatorDocument[]): IndicatorDocument[] {
  return [...documents].sort((a, b) => dateOrder(a.date) - dateOrder(b.date) || a.title.localeCompare(b.title, 'zh'));
}

/**
 * The key a group's key ends in once the merges are followed: a merge into a
 * group that was itself merged lands in that one's group; a cycle (which
 * mergeIndicators never writes) stops where it would come round again.
 */
export function resolveKey(groups: IndicatorGroups, key: string): string {
  const into = new Map(groups.merged.map((m) => [m.from, m.into]));
  const seen = new Set<string>([key]);
  let at = key;
  for (let next = into.get(at); next !== undefined && !seen.has(next); next = into.get(at)) {
    seen.add(next);
    at = next;
  }
  return at;
}

/**
 * The table of indicators × documents: the target spans gathered by their
 * normalised indicator, with the analyst's merges and names applied. A span
 * whose value names no indicator is in no row.
 */
export function groupIndicators(
  documents: readonly IndicatorDocument[],
  spans: readonly IndicatorSpan[],
  groups: IndicatorGroups,
): IndicatorTable {
  const ordered = byDate(documents);
  const column = new Map(ordered.map((d, i) => [d.id, i]));
  const names = new Map(groups.names.map((n) => [n.key, n.name]));
  const rows = new Map<string, { keys: Set<string>; values: IndicatorValue[] }>();
  for (const span of spans) {
    const v = span.value;
    const own = v?.indicator ? indicatorKey(v.indicator) : null;
    if (!v?.indicator || own === null || !column.has(span.docId)) continue;
    const key = resolveKey(groups, own);
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { keys: new Set([key]), values: [] }));
    row.keys.add(own);
    row.values.push({
      docId: span.docId,
      spanId: span.id,
      start: span.start,
      end: span.end,
      quote: span.quote,
      indicator: v.indicator,
      amount: v.amount,
      amountMax: v.amountMax,
      unit: v.unit,
      scale: v.scale,
      comparator: v.comparator,
    });
  }
  const result: (IndicatorRow & { documents: number })[] = [...rows].map(([key, row]) => ({
    key,
    name: names.get(key) ?? key,
    keys: [...row.keys],
    values: row.values.sort((a, b) => column.get(a.docId)! - column.get(b.docId)! || a.start - b.start),
    documents: new Set(row.values.map((v) => v.docId)).size,
  }));
  result.sort((a, b) => b.documents - a.documents || a.name.localeCompare(b.name, 'zh'));
  return { documents: ordered, rows: result.map(({ documents: _documents, ...row }) => row) };
}
