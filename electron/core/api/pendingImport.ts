import type { ImportNotice } from '../../shared/contract';
import type { ImportedDocument } from '../import/buildDocument';
import type { Interchange } from '../interchange/interchangeTypes';

/** What one file of a preview will bring when committed. */
export type PendingFile =
  | { file: string; kind: 'documents'; documents: ImportedDocument[]; notices: ImportNotice[] }
  | { file: string; kind: 'annotations'; interchange: Interchange }
  | { file: string; kind: 'error'; message: string };

/** An import preview kept until it is committed or cancelled: the files as read, nothing written yet. */
export interface PendingImport {
  files: PendingFile[];
}
