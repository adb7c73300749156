import { sectionLine } from '../structure/sectionPath';
import { amountNumber, type SpanEntry } from './spanEntries';

/** What a column's sort key may depend on besides the row: the session's tag order. */
export interface SortContext {
  tagOrder: ReadonlyMap<string, number>;
}

/** A sort key: a number or a string compared by code point; null (or '') sorts last whichever way. */
export type SortKey = string | number | null;

/**
 * The span table's columns as the sort sees them, by id, in the order the
 * table shows them. The renderer pairs each with its label and cell
 * (renderer/src/table/spanColumnViews.tsx); a new column is one entry in
 * each list.
 */
export const SPAN_COLUMNS = {
  document: (e: SpanEntry) => e.doc.title,
  date: (e: SpanEntry) => (e.doc.date ? e.doc.date.year * 10_000 + (e.doc.date.month ?? 0) * 100 + (e.doc.date.day ?? 0) : null),
  section: (e: SpanEntry) => sectionLine(e.row.section),
  tag: (e: SpanEntry, ctx: SortContext) => ctx.tagOrder.get(e.row.tag) ?? ctx.tagOrder.size,
  quote: (e: SpanEntry) => e.row.quote,
  // As a concordance sorts its lines: by the words that follow.
  context: (e: SpanEntry) => e.row.context.after,
  // By how many links a span has; a span with none is an empty cell, last either way.
  relations: (e: SpanEntry) => e.row.relations.length || null,
  indicator: (e: SpanEntry) => e.row.value?.indicator ?? null,
  amount: (e: SpanEntry) => amountNumber(e.row.value?.amount),
  unit: (e: SpanEntry) => e.row.value?.unit ?? null,
  comparator: (e: SpanEntry) => e.row.value?.comparator ?? null,
  deadline: (e: SpanEntry) => e.row.value?.deadline?.year ?? null,
  note: (e: SpanEntry) => e.row.note,
  created: (e: SpanEntry) => e.row.created,
} satisfies Record<string, (entry: SpanEntry, ctx: SortContext) => SortKey>;

export type SpanColumnId = keyof typeof SPAN_COLUMNS;

export const SPAN_COLUMN_IDS = Object.keys(SPAN_COLUMNS) as SpanColumnId[];

export function isSpanColumnId(id: string): id is SpanColumnId {
  return Object.hasOwn(SPAN_COLUMNS, id);
}
