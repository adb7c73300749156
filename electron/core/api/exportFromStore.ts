import { PizhuError } from '../../shared/errors';
import type { ExportRequest } from '../../shared/contract';
import type { Annotation, DocumentRecord, Relation } from '../../shared/model';
import { requestedDocIds } from '../export/exportScope';
import { exportSpans } from '../export/exportSpans';
import type { ExportedFile } from '../export/exportTypes';
import { documentFacts, withFields } from '../spans/spanFields';
import type { SessionStore } from '../store/SessionStore';
import { analyzeStructure } from '../../shared/structure/analyzeStructure';

/** Export from a store (the app's, or a read-only one opened by the CLI). */
export async function exportFromStore(store: SessionStore, request: ExportRequest): Promise<ExportedFile> {
  const ids = requestedDocIds(request) ?? store.documents().map((d) => d.id);
  for (const id of ids) store.document(id);
  for (const tag of request.tags ?? []) {
    if (!store.tags().some((t) => t.id === tag)) throw new PizhuError('NOT_FOUND', `unknown tag "${tag}"`);
  }
  const documents: DocumentRecord[] = [];
  const annotations: Annotation[] = [];
  const relations: Relation[] = [];
  for (const id of ids) {
    relations.push(...store.listRelations(id));
    const record = await store.readDocument(id);
    documents.push(record);
    const spans = store.annotations(id);
    // Spans saved before section and value existed carry them in the export all the same (see annotations.list).
    if (spans.length) {
      const facts = documentFacts(analyzeStructure(record.text), record.date);
      for (const a of spans) annotations.push(withFields(a, facts));
    }
  }
  return exportSpans(
    {
      sessionName: store.name,
      exportedAt: new Date().toISOString(),
      tags: store.tags(),
      documents,
      annotations,
      relationTypes: store.relationTypes(),
      relations,
    },
    request,
  );
}
