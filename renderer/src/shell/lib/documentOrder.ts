import type { DocumentSort, DocumentSummary } from '../../../../electron/shared/model';
import type { DocumentDate } from '../../../../electron/shared/structure/documentDate';

export const DOCUMENT_SORT_KEYS: readonly DocumentSort['key'][] = ['imported', 'title', 'date', 'region', 'issuer'];

/** Titles, regions and issuers are mostly Chinese: ordered by pinyin, digits by their value. */
const collator = new Intl.Collator('zh-Hans-CN-u-co-pinyin', { numeric: true });

/** A date as ISO 8601 says as much of it as is known: 2025-03-05, 2025-03 or 2025. */
export function dateLabel(date: DocumentDate | null | undefined): string {
  if (!date) return '';
  const two = (n: number) => String(n).padStart(2, '0');
  return [String(date.year), ...(date.month ? [two(date.month)] : []), ...(date.month && date.day ? [two(date.day)] : [])].join('-');
}

/** The value a document is ordered by; null when it has none. */
function sortValue(doc: DocumentSummary, key: DocumentSort['key']): string | number | null {
  if (key === 'title') return doc.title;
  if (key === 'region') return doc.region ?? null;
  if (key === 'issuer') return doc.issuer ?? null;
  if (key === 'date') return doc.date ? doc.date.year * 10_000 + (doc.date.month ?? 0) * 100 + (doc.date.day ?? 0) : null;
  return null;
}

/**
 * The documents in the chosen order. The core lists them as imported; that
 * order breaks ties, and documents without the value come last whichever way
 * the list runs, so that reversing it never buries the ones that have one.
 */
export function sortDocuments(documents: readonly DocumentSummary[], sort: DocumentSort): DocumentSummary[] {
  const indexed = documents.map((doc, index) => ({ doc, index, value: sortValue(doc, sort.key) }));
  const sign = sort.descending ? -1 : 1;
  indexed.sort((a, b) => {
    if (sort.key === 'imported') return sign * (a.index - b.index);
    if (a.value === null || b.value === null) return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
    const order =
      typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : collator.compare(String(a.value), String(b.value));
    return order !== 0 ? sign * order : a.index - b.index;
  });
  return indexed.map((entry) => entry.doc);
}
