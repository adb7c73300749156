import type { ImportNotice, ImportPreview, ImportReport } from '../../../../electron/shared/contract';
import { isImportable } from './importFileTypes';

export interface PreviewTotals {
  /** Documents the import would create (duplicates excluded). */
  documents: number;
  duplicates: number;
  annotations: number;
  relations: number;
  /** Files that cannot be imported. */
  errors: number;
}

/** What a preview would do, counted; decides whether Import is worth offering. */
export function previewTotals(preview: ImportPreview): PreviewTotals {
  const totals: PreviewTotals = { documents: 0, duplicates: 0, annotations: 0, relations: 0, errors: 0 };
  for (const item of preview.items) {
    if (item.error !== null) totals.errors++;
    totals.annotations += item.annotations;
    totals.relations += item.relations ?? 0;
    for (const doc of item.documents) {
      if (doc.duplicateOf === null) totals.documents++;
      else totals.duplicates++;
    }
  }
  return totals;
}

/** Whether committing the preview would write anything at all. */
export function previewWritesSomething(totals: PreviewTotals): boolean {
  return totals.documents > 0 || totals.annotations > 0 || totals.relations > 0;
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

/** Why a file cannot be imported, to be worded in the reader's language. */
export type FileProblem =
  /** Import does not read files of this type; `detail` is what the core added beyond that (a brat .ann file wants its zip). */
  | { kind: 'unknown-type'; detail: string | null }
  /** The core's problem with the file, without the file's name that it starts with (shown beside it). */
  | { kind: 'problem'; detail: string };

/**
 * The problem in a file's error message. The core words every file error
 * `<file>: <problem>`; for a type it does not read, the problem starts
 * "unknown file type" and lists the types, which the renderer says itself.
 */
export function fileProblem(file: string, message: string): FileProblem {
  const prefix = `${file}: `;
  const detail = message.startsWith(prefix) ? message.slice(prefix.length) : message;
  if (isImportable(file)) return { kind: 'problem', detail };
  return { kind: 'unknown-type', detail: detail.startsWith('unknown file type') ? null : detail };
}

/** A report's notices grouped by file, files in the order the report names them. */
export function noticesByFile(notices: readonly (ImportNotice & { file: string })[]): { file: string; notices: ImportNotice[] }[] {
  const groups = new Map<string, ImportNotice[]>();
  for (const { file, ...notice } of notices) (groups.get(file) ?? groups.set(file, []).get(file)!).push(notice);
  return [...groups].map(([file, list]) => ({ file, notices: list }));
}
