import { PizhuError } from '../../shared/errors';
import type { ExportRequest } from '../../shared/contract';
import type { Analyst, Annotation, DocumentRecord } from '../../shared/model';
import { requestedDocIds } from '../export/exportScope';
import { exportSpans } from '../export/exportSpans';
import type { ExportedFile } from '../export/exportTypes';
import { documentFacts, withFields } from '../spans/spanFields';
import type { SessionStore } from '../store/SessionStore';
import { analyzeStructure } from '../../shared/structure/analyzeStructure';

/** A team's layers for an export: the own analyst (annotator of the session's spans) and other analysts' spans. */
export interface ExportLayers {
  own: Analyst | null;
  analysts: Analyst[];
  others: Annotation[];
}

/** Export from a store (the app's, or a read-only one opened by the CLI). */
export async function exportFromStore(store: SessionStore, request: ExportRequest, layers?: ExportLayers): Promise<ExportedFile> {
  const ids = requestedDocIds(request) ?? store.documents().map((d) => d.id);
  for (const id of ids) store.document(id);
  for (const tag of request.tags ?? []) {
    if (!store.tags().some((t) => t.id === tag)) throw new PizhuError('NOT_FOUND', `unknown tag "${tag}"`);
  }
  const documents: DocumentRecord[] = [];
  const annotations: Annotation[] = [];
  for (const id of ids) {
    const record = await store.readDocument(id);
    documents.push(record);
    const own = layers?.own;
    const spans = [
      ...(own ? store.annotations(id).map((a) => ({ ...a, annotator: a.annotator ?? own.id })) : store.annotations(id)),
      ...(layers?.others.filter((a) => a.docId === id) ?? []),
    ];
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
      ...(layers && { analysts: layers.analysts }),
    },
    request,
  );
}
