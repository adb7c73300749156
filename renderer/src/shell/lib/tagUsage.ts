import type { DocumentSummary } from '../../../../electron/shared/model';

/** How many spans carry `tagId`, over every document. */
export function tagUsage(documents: readonly DocumentSummary[], tagId: string): number {
  return documents.reduce((sum, doc) => sum + (doc.counts[tagId] ?? 0), 0);
}
