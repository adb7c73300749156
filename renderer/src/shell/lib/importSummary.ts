import type { ImportPreview, ImportReport } from '../../../../electron/shared/contract';

export interface PreviewTotals {
  /** Documents the import would create (duplicates excluded). */
  documents: number;
  duplicates: number;
  annotations: number;
  /** Files that cannot be imported. */
  errors: number;
}

/** What a preview would do, counted; decides whether Import is worth offering. */
export function previewTotals(preview: ImportPreview): PreviewTotals {
  const totals: PreviewTotals = { documents: 0, duplicates: 0, annotations: 0, errors: 0 };
  for (const item of preview.items) {
    if (item.error !== null) totals.errors++;
    totals.annotations += item.annotations;
    for (const doc of item.documents) {
      if (doc.duplicateOf === null) totals.documents++;
      else totals.duplicates++;
    }
  }
  return totals;
}

/** Whether committing the preview would write anything at all. */
export function previewWritesSomething(totals: PreviewTotals): boolean {
  return totals.documents > 0 || totals.annotations > 0;
}

/** The counts of an import's outcome, for its summary. */
export function reportTotals(report: ImportReport): { created: number; duplicates: number; annotations: number; errors: number } {
  return {
    created: report.created.length,
    duplicates: report.duplicates.length,
    annotations: report.annotationsAdded,
    errors: report.errors.length,
  };
}
