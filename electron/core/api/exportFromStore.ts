import { PizhuError } from '../../shared/errors';
import type { ExportRequest } from '../../shared/contract';
import type { Analyst, Annotation, DocumentRecord, Relation } from '../../shared/model';
import { requestedDocIds } from '../export/exportScope';
import { exportSpans } from '../export/exportSpans';
import type { ExportedFile } from '../export/exportTypes';
import { documentFacts, withFields } from '../spans/spanFields';
import type { SessionStore } from '../store/SessionStore';
import { analyzeStructure } from '../../shared/structure/analyzeStructure';

/** The documents that hold the spans named, in the session's order; every id must name a span. */
function documentsHolding(store: SessionStore, spanIds: readonly string[]): string[] {
  const wanted = new Set(spanIds);
  const holding: string[] = [];
  let found = 0;
  for (const { id } of store.documents()) {
    const count = store.annotations(id).reduce((n, a) => n + (wanted.has(a.id) ? 1 : 0), 0);
    if (count) holding.push(id);
    found += count;
  }
  if (found < wanted.size) {
    const missing = [...wanted].find((id) => !store.annotation(id));
    throw new PizhuError('NOT_FOUND', `span ${missing} is not in the session`);
  }
  return holding;
}

/** A team's layers for an export: the own analyst (annotator of the session's spans) and other analysts' spans. */
export interface ExportLayers {
  own: Analyst | null;
  analysts: Analyst[];
  others: Annotation[];
}

/** Export from a store (the app's, or a read-only one opened by the CLI). */
export async function exportFromStore(store: SessionStore, request: ExportRequest, layers?: ExportLayers): Promise<ExportedFile> {
  const ids = requestedDocIds(request) ?? (request.spanIds ? documentsHolding(store, request.spanIds) : store.documents().map((d) => d.id));
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
      indicatorGroups: store.indicatorGroups(),
      ...(layers && { analysts: layers.analysts }),
      relationTypes: store.relationTypes(),
      relations,
    },
    request,
  );
}
