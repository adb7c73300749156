import type { DocumentSummary } from '../../shared/model';
import type { DocumentDate } from '../../shared/structure/documentDate';
import type { DocumentOrigin } from '../../shared/structure/documentOrigin';
import type { SessionStore } from '../store/SessionStore';
import type { DocumentEntry } from '../store/sessionFormat';

/**
 * A document with its span counts by tag. The counts are gathered in a Map
 * and handed out as an object without a prototype, so that no tag id, even
 * one named like a built-in property, reads or writes anything but its count.
 */
export function summarize(
  store: SessionStore,
  entry: DocumentEntry,
  date: DocumentDate | null | undefined = entry.date,
  origin: Partial<DocumentOrigin> = entry,
): DocumentSummary {
  const byTag = new Map<string, number>();
  for (const a of store.annotations(entry.id)) byTag.set(a.tag, (byTag.get(a.tag) ?? 0) + 1);
  const counts = Object.create(null) as Record<string, number>;
  for (const [tag, n] of byTag) counts[tag] = n;
  const summary: DocumentSummary = {
    id: entry.id,
    title: entry.title,
    length: entry.length,
    hash: entry.hash,
    source: entry.source,
    counts,
  };
  if (date !== undefined) summary.date = date;
  if (origin.region !== undefined) summary.region = origin.region;
  if (origin.issuer !== undefined) summary.issuer = origin.issuer;
  return summary;
}
