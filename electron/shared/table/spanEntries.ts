import type { SpanTable, SpanTableDocument, SpanTableRow } from './spanTableSchema';

/** A row of the span table with its document, and its place in the listing (document order, then text order). */
export interface SpanEntry {
  row: SpanTableRow;
  doc: SpanTableDocument;
  /** The row's index in the listing: the order ties fall back to, whatever the sort. */
  order: number;
}

/** The listing's rows joined to their documents. */
export function spanEntries(table: SpanTable): SpanEntry[] {
  const docs = new Map(table.documents.map((doc) => [doc.id, doc]));
  return table.rows.map((row, order) => ({
    row,
    doc: docs.get(row.docId) ?? { id: row.docId, title: row.docId, date: null },
    order,
  }));
}

/** An amount as the sort and the range filter compare it: a decimal, or n/d as its quotient; null when there is none. */
export function amountNumber(amount: string | null | undefined): number | null {
  if (!amount) return null;
  const slash = amount.indexOf('/');
  return slash < 0 ? Number(amount) : Number(amount.slice(0, slash)) / Number(amount.slice(slash + 1));
}
