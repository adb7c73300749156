import { PizhuError } from '../../shared/errors';
import type { ExportRequest } from '../../shared/contract';
import type { DocumentRecord } from '../../shared/model';
import { requestedDocIds } from '../export/exportScope';
import { exportSpans } from '../export/exportSpans';
import type { ExportedFile } from '../export/exportTypes';
import type { SessionStore } from '../store/SessionStore';

/** Export from a store (the app's, or a read-only one opened by the CLI). */
export async function exportFromStore(store: SessionStore, request: ExportRequest): Promise<ExportedFile> {
  const ids = requestedDocIds(request) ?? store.documents().map((d) => d.id);
  for (const id of ids) store.document(id);
  for (const tag of request.tags ?? []) {
    if (!store.tags().some((t) => t.id === tag)) throw new PizhuError('NOT_FOUND', `unknown tag "${tag}"`);
  }
  const documents: DocumentRecord[] = [];
  for (const id of ids) documents.push(await store.readDocument(id));
  return exportSpans(
    {
      sessionName: store.name,
      exportedAt: new Date().toISOString(),
      tags: store.tags(),
      documents,
      annotations: ids.flatMap((id) => store.annotations(id)),
    },
    request,
  );
}
