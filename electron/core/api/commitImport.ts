import { randomBytes } from 'node:crypto';
import type { ImportReport } from '../../shared/contract';
import { PizhuError } from '../../shared/errors';
import { OffsetMap } from '../../shared/codePoints';
import type { Annotation, DocumentRecord, Relation } from '../../shared/model';
import { fragmentQuote } from '../../shared/fragments';
import { documentDate } from '../../shared/structure/documentDate';
import { documentOrigin } from '../../shared/structure/documentOrigin';
import type { Interchange } from '../interchange/interchangeTypes';
import { planImport } from '../interchange/planImport';
import { documentFacts, withFields, withFreshFields, type DocumentFacts } from '../spans/spanFields';
import type { SessionStore } from '../store/SessionStore';
import type { CoreContext } from './CoreContext';
import { summarize } from './documentSummary';
import { mergeSession } from './mergeSession';
import type { PendingFile } from './pendingImport';
import { newAnnotationId } from './spanRecords';
import { analyzeStructure } from '../../shared/structure/analyzeStructure';

function newDocumentId(): string {
  return `d_${randomBytes(6).toString('base64url')}`;
}

/** Write what was read; each file goes in whole or not at all, and the others still go in. */
export async function commitFiles(ctx: CoreContext, files: PendingFile[]): Promise<ImportReport> {
  const store = ctx.requireStore();
  const report: ImportReport = { created: [], duplicates: [], annotationsAdded: 0, relationsAdded: 0, notices: [], errors: [] };
  for (const pending of files) {
    if (pending.kind === 'error') {
      report.errors.push({ file: pending.file, message: pending.message });
      continue;
    }
    try {
      if (pending.kind === 'documents') await commitDocuments(store, pending, report);
      else await commitInterchange(store, pending.file, pending.interchange, report);
    } catch (error) {
      report.errors.push({
        file: pending.file,
        message: error instanceof PizhuError ? error.message : `${pending.file}: ${(error as Error).message}`,
      });
    }
  }
  // The first documents imported are the ones opened next: their suggestions are computed meanwhile.
  for (const doc of report.created.slice(0, 4)) ctx.warmSuggestions(doc.id);
  return report;
}

/** A new document with its date: the one the file states (a Pizhu export), else the one its text or title gives. */
function dated<T extends Omit<DocumentRecord, 'id'>>(doc: T): T {
  return { ...doc, date: doc.date !== undefined ? doc.date : documentDate(doc.text, doc.title) };
}

/** A new document with its region and issuer, each as the file states it, else as its text or title gives it. */
function placed<T extends Omit<DocumentRecord, 'id'>>(doc: T): T {
  if (doc.region !== undefined && doc.issuer !== undefined) return doc;
  const found = documentOrigin(doc.text, doc.title);
  return {
    ...doc,
    region: doc.region !== undefined ? doc.region : found.region,
    issuer: doc.issuer !== undefined ? doc.issuer : found.issuer,
  };
}

async function commitDocuments(
  store: SessionStore,
  { file, documents, notices }: Extract<PendingFile, { kind: 'documents' }>,
  report: ImportReport,
): Promise<void> {
  const fresh: DocumentRecord[] = [];
  for (const d of documents) {
    const existing = store.documents().find((e) => e.hash === d.hash) ?? fresh.find((e) => e.hash === d.hash);
    if (existing) report.duplicates.push({ file, title: d.title, existingId: existing.id });
    else fresh.push(placed(dated({ ...d, id: newDocumentId() })));
  }
  if (!fresh.length) return;
  await store.addDocuments(fresh);
  for (const d of fresh) report.created.push(summarize(store, store.document(d.id)));
  for (const notice of notices) report.notices.push({ ...notice, file });
}

async function commitInterchange(store: SessionStore, file: string, incoming: Interchange, report: ImportReport): Promise<void> {
  const { merge: plan, tags, tagsChanged, relationTypes, relationTypesChanged, notices } = planImport(mergeSession(store), incoming);
  if (tagsChanged) await store.setTags(tags);
  if (relationTypesChanged) await store.setRelationTypes(relationTypes);
  // Keys come from the file (a Pizhu export's document ids: "__proto__" is one it may hold): a Map, never an object, holds them.
  const idByKey = new Map(Object.entries(plan.existingDocIdByKey));
  const newRecords: DocumentRecord[] = plan.newDocuments.map(({ key, ...doc }) => {
    const id = newDocumentId();
    idByKey.set(key, id);
    return placed(dated({ ...doc, id }));
  });
  for (const [key, id] of Object.entries(plan.existingDocIdByKey)) {
    const doc = incoming.documents.find((d) => d.key === key);
    if (doc) report.duplicates.push({ file, title: doc.title, existingId: id });
  }
  const now = new Date().toISOString();
  const texts = new Map<string, OffsetMap>();
  for (const d of incoming.documents) texts.set(d.key, new OffsetMap(d.text));
  const records = new Map(newRecords.map((r) => [r.id, r]));
  const facts = new Map<string, DocumentFacts>();
  const factsOf = async (docId: string): Promise<DocumentFacts> => {
    let found = facts.get(docId);
    if (!found) {
      const record = records.get(docId) ?? (await store.readDocument(docId));
      found = documentFacts(analyzeStructure(record.text), record.date);
      facts.set(docId, found);
    }
    return found;
  };
  const annotations: Annotation[] = [];
  for (const a of plan.newAnnotations) {
    const docId = idByKey.get(a.docKey)!;
    const text = texts.get(a.docKey);
    const slice = (start: number, end: number) => text?.slice(start, end) ?? '';
    const span: Annotation = {
      id: newAnnotationId(),
      docId,
      start: a.start,
      end: a.end,
      quote: a.fragments ? fragmentQuote(a.fragments, slice) : slice(a.start, a.end),
      tag: a.tag,
      note: a.note,
      created: a.created ?? now,
      modified: a.modified ?? a.created ?? now,
      ...(a.fragments && { fragments: a.fragments }),
    };
    // A value the file states is kept as it is; the section always comes from the text, which is the same here.
    const filled = withFreshFields(span, await factsOf(docId));
    annotations.push(a.value === undefined ? filled : withFields({ ...filled, value: a.value }, await factsOf(docId)));
  }
  await store.addDocuments(newRecords, annotations);
  // Relations go in after their spans, one write per document; each end is a span just added or one the session had.
  const relationsByDoc = new Map<string, Relation[]>();
  for (const r of plan.newRelations) {
    const docId = idByKey.get(r.docKey)!;
    const end = (ref: (typeof r)['from']) => ('id' in ref ? ref.id : annotations[ref.index]!.id);
    const list = relationsByDoc.get(docId) ?? [];
    relationsByDoc.set(docId, list);
    list.push({
      id: '',
      docId,
      type: r.type,
      from: end(r.from),
      to: end(r.to),
      note: r.note,
      created: r.created ?? now,
      modified: r.modified ?? r.created ?? now,
    });
  }
  for (const [docId, relations] of relationsByDoc) await store.addRelations(docId, relations);
  for (const r of newRecords) report.created.push(summarize(store, store.document(r.id)));
  report.annotationsAdded += annotations.length;
  report.relationsAdded = (report.relationsAdded ?? 0) + plan.newRelations.length;
  report.notices.push(...notices.map((n) => ({ file, ...n })));
}
