import { OffsetMap } from '../../shared/codePoints';
import { PizhuError } from '../../shared/errors';
import type { Analyst, Annotation, DocumentRecord, Relation, RelationType, Tag } from '../../shared/model';
import type { ExportRequest, ExportSnapshot } from './exportTypes';
import { fragmentProblem } from '../../shared/fragments';

/** One document of an export with its spans, in text order, and a code-point view of its text. */
export interface ScopedDocument {
  doc: DocumentRecord;
  map: OffsetMap;
  annotations: Annotation[];
  /** The relations whose two spans are both in scope, in the snapshot's order. */
  relations: Relation[];
}

/** What one export request selects from a snapshot. */
export interface ExportScope {
  /** The tags in scope, in the session's order; a tag a span names but the session lacks is appended with its id as label. */
  tags: Tag[];
  tagById: Map<string, Tag>;
  documents: ScopedDocument[];
  spanCount: number;
  /** The analysts spans name as their annotator, by id. */
  analystById: Map<string, Analyst>;
  /** The session's relation types, each once; a type a relation names but the session lacks is appended with its id as label. */
  relationTypes: RelationType[];
  relationCount: number;
}

function byTextOrder(a: Annotation, b: Annotation): number {
  return a.start - b.start || a.end - b.end || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0);
}

/**
 * The documents a request names, each once, in the order first named; null
 * for every document. The list is a set: naming a document twice must not
 * export it, or its spans, twice.
 */
export function requestedDocIds(request: ExportRequest): string[] | null {
  return request.docIds ? [...new Set(request.docIds)] : null;
}

/** Items with an id, each id once (its first), in order. */
function onceEach<T extends { id: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    if (seen.has(item.id)) return false;
    seen.add(item.id);
    return true;
  });
}

/**
 * Selects the documents and spans a request asks for, each once however
 * often the request or the snapshot repeats it, and checks that every span
 * lies inside its document, so that no writer can emit an offset that does
 * not match its text.
 */
export function selectScope(snapshot: ExportSnapshot, request: ExportRequest): ExportScope {
  const docs = onceEach(snapshot.documents);
  const docIds = requestedDocIds(request);
  if (docIds) {
    const known = new Set(docs.map((d) => d.id));
    const missing = docIds.find((id) => !known.has(id));
    if (missing !== undefined) throw new PizhuError('NOT_FOUND', `document ${missing} is not in the session`);
  }
  const wantedDocs = docIds ? new Set(docIds) : null;
  const wantedTags = request.tags ? new Set(request.tags) : null;
  const wantedSpans = request.spanIds ? new Set(request.spanIds) : null;

  const byDoc = new Map<string, Annotation[]>();
  for (const doc of docs) if (!wantedDocs || wantedDocs.has(doc.id)) byDoc.set(doc.id, []);
  for (const a of onceEach(snapshot.annotations)) {
    if (wantedTags && !wantedTags.has(a.tag)) continue;
    if (wantedSpans && !wantedSpans.has(a.id)) continue;
    byDoc.get(a.docId)?.push(a);
  }

  const tagById = new Map<string, Tag>();
  for (const tag of snapshot.tags) if (!wantedTags || wantedTags.has(tag.id)) tagById.set(tag.id, tag);

  const relationsByDoc = new Map<string, Relation[]>();
  for (const r of onceEach(snapshot.relations ?? [])) {
    const list = relationsByDoc.get(r.docId) ?? [];
    relationsByDoc.set(r.docId, list);
    list.push(r);
  }
  const relationTypes = new Map(onceEach(snapshot.relationTypes ?? []).map((t) => [t.id, t]));

  const documents: ScopedDocument[] = [];
  let spanCount = 0;
  let relationCount = 0;
  for (const doc of docs) {
    const annotations = byDoc.get(doc.id);
    if (!annotations) continue;
    const map = new OffsetMap(doc.text);
    annotations.sort(byTextOrder);
    for (const a of annotations) {
      if (a.start > a.end || a.end > map.length) {
        throw new PizhuError(
          'INTERNAL',
          `span ${a.id} (${a.start}–${a.end}) lies outside document "${doc.title}" (${map.length} characters)`,
        );
      }
      const broken = a.fragments && fragmentProblem(a.fragments, map.length);
      if (broken) throw new PizhuError('INTERNAL', `span ${a.id} in document "${doc.title}" ${broken}`);
      if (!tagById.has(a.tag)) tagById.set(a.tag, { id: a.tag, label: { zh: a.tag, en: a.tag }, color: '#868e96', hotkey: null });
    }
    const spanIds = new Set(annotations.map((a) => a.id));
    const relations = (relationsByDoc.get(doc.id) ?? []).filter((r) => spanIds.has(r.from) && spanIds.has(r.to));
    for (const r of relations) {
      if (!relationTypes.has(r.type)) relationTypes.set(r.type, { id: r.type, label: { zh: r.type, en: r.type }, color: '#868e96' });
    }
    spanCount += annotations.length;
    relationCount += relations.length;
    documents.push({ doc, map, annotations, relations });
  }
  const analystById = new Map((snapshot.analysts ?? []).map((analyst) => [analyst.id, analyst]));
  return {
    tags: [...tagById.values()],
    tagById,
    documents,
    spanCount,
    analystById,
    relationTypes: [...relationTypes.values()],
    relationCount,
  };
}
