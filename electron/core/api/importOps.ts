import { randomBytes } from 'node:crypto';
import type { ImportNotice, ImportPreviewItem, ImportReport } from '../../shared/contract';
import { PizhuError } from '../../shared/errors';
import { codePointLength, OffsetMap } from '../../shared/codePoints';
import type { Annotation, DocumentRecord } from '../../shared/model';
import { MAX_IMPORT_BYTES, readDocuments, type ImportedDocument } from '../import/readDocuments';
import { readInterchange, type Interchange, type ReadOptions } from '../interchange/readInterchange';
import type { MergeSession } from '../interchange/planMerge';
import { planImport } from '../interchange/planImport';
import type { SessionStore } from '../store/SessionStore';
import { newAnnotationId } from './annotationOps';
import type { CoreContext } from './CoreContext';
import type { Handlers } from './handlerTypes';
import { summarize } from './documentOps';

/** What one file of a preview will bring when committed. */
type PendingFile =
  | { file: string; kind: 'documents'; documents: ImportedDocument[]; notices: ImportNotice[] }
  | { file: string; kind: 'annotations'; interchange: Interchange }
  | { file: string; kind: 'error'; message: string };

export interface PendingImport {
  files: PendingFile[];
}

export function newDocumentId(): string {
  return `d_${randomBytes(6).toString('base64url')}`;
}

/** Read one file: an annotation export if its content says so, otherwise a document. */
export async function readImportFile(name: string, bytes: Uint8Array, cleanup: boolean, options: ReadOptions = {}): Promise<PendingFile> {
  try {
    if (bytes.byteLength > MAX_IMPORT_BYTES) {
      throw new PizhuError(
        'BAD_FILE',
        `${name}: too large (${(bytes.byteLength / 2 ** 20).toFixed(1)} MiB; the limit is ${MAX_IMPORT_BYTES / 2 ** 20} MiB)`,
      );
    }
    const interchange = await readInterchange(name, bytes, options);
    if (interchange) return { file: name, kind: 'annotations', interchange };
    return { file: name, kind: 'documents', ...(await readDocuments({ name, bytes }, { cleanup })) };
  } catch (error) {
    const message = error instanceof PizhuError ? error.message : `${name}: could not be read (${(error as Error).message})`;
    return { file: name, kind: 'error', message };
  }
}

function mergeSession(store: SessionStore): MergeSession {
  return { tags: store.tags(), documents: store.documents().map((d) => ({ id: d.id, hash: d.hash })), annotations: store.allAnnotations() };
}

/**
 * Describes each file as commit will take it in: files are committed one
 * after the other, so each is planned against the session as the files
 * before it leave it, and a span two files bring is counted once.
 */
function describeAll(store: SessionStore, files: PendingFile[]): ImportPreviewItem[] {
  const hashes = new Map(store.documents().map((d) => [d.hash, d.id]));
  const doc = (d: ImportedDocument) => ({
    title: d.title,
    chars: codePointLength(d.text),
    encoding: d.source.encoding,
    cleanup: d.source.cleanup,
    duplicateOf: hashes.get(d.hash) ?? null,
  });
  const session = mergeSession(store);
  const held = new Map(session.documents.map((d) => [d.hash, d.id]));
  /** The id a document with this text has once the files before are in: a stand-in for one not written yet. */
  const hold = (hash: string): string => {
    let id = held.get(hash);
    if (id === undefined) {
      id = `pending-${held.size}`;
      held.set(hash, id);
      session.documents.push({ id, hash });
    }
    return id;
  };
  return files.map((pending): ImportPreviewItem => {
    switch (pending.kind) {
      case 'documents':
        pending.documents.forEach((d) => hold(d.hash));
        return {
          file: pending.file,
          kind: pending.documents[0]?.source.format ?? 'txt',
          documents: pending.documents.map(doc),
          annotations: 0,
          notices: pending.notices,
          error: null,
        };
      case 'annotations': {
        const plan = planImport(session, pending.interchange);
        session.tags = plan.tags;
        const ids = new Map(Object.entries(plan.merge.existingDocIdByKey));
        plan.merge.newDocuments.forEach((d) => ids.set(d.key, hold(d.hash)));
        session.annotations.push(
          ...plan.merge.newAnnotations.map((a) => ({ docId: ids.get(a.docKey)!, start: a.start, end: a.end, tag: a.tag })),
        );
        return {
          file: pending.file,
          kind: pending.interchange.kind,
          documents: pending.interchange.documents.map(doc),
          annotations: plan.merge.newAnnotations.length,
          notices: plan.notices,
          error: null,
        };
      }
      case 'error':
        return { file: pending.file, kind: 'unknown', documents: [], annotations: 0, notices: [], error: pending.message };
    }
  });
}

/** Write what was read; each file goes in whole or not at all, and the others still go in. */
export async function commitFiles(ctx: CoreContext, files: PendingFile[]): Promise<ImportReport> {
  const store = ctx.requireStore();
  const report: ImportReport = { created: [], duplicates: [], annotationsAdded: 0, notices: [], errors: [] };
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

async function commitDocuments(
  store: SessionStore,
  { file, documents, notices }: Extract<PendingFile, { kind: 'documents' }>,
  report: ImportReport,
): Promise<void> {
  const fresh: DocumentRecord[] = [];
  for (const d of documents) {
    const existing = store.documents().find((e) => e.hash === d.hash) ?? fresh.find((e) => e.hash === d.hash);
    if (existing) report.duplicates.push({ file, title: d.title, existingId: existing.id });
    else fresh.push({ ...d, id: newDocumentId() });
  }
  if (!fresh.length) return;
  await store.addDocuments(fresh);
  for (const d of fresh) report.created.push(summarize(store, store.document(d.id)));
  for (const notice of notices) report.notices.push({ ...notice, file });
}

async function commitInterchange(store: SessionStore, file: string, incoming: Interchange, report: ImportReport): Promise<void> {
  const { merge: plan, tags, tagsChanged, notices } = planImport(mergeSession(store), incoming);
  if (tagsChanged) await store.setTags(tags);
  // Keys come from the file (a Pizhu export's document ids: "__proto__" is one it may hold): a Map, never an object, holds them.
  const idByKey = new Map(Object.entries(plan.existingDocIdByKey));
  const records: DocumentRecord[] = plan.newDocuments.map(({ key, ...doc }) => {
    const id = newDocumentId();
    idByKey.set(key, id);
    return { ...doc, id };
  });
  for (const [key, id] of Object.entries(plan.existingDocIdByKey)) {
    const doc = incoming.documents.find((d) => d.key === key);
    if (doc) report.duplicates.push({ file, title: doc.title, existingId: id });
  }
  const now = new Date().toISOString();
  const texts = new Map<string, OffsetMap>();
  for (const d of incoming.documents) texts.set(d.key, new OffsetMap(d.text));
  const annotations: Annotation[] = plan.newAnnotations.map((a) => {
    return {
      id: newAnnotationId(),
      docId: idByKey.get(a.docKey)!,
      start: a.start,
      end: a.end,
      quote: texts.get(a.docKey)?.slice(a.start, a.end) ?? '',
      tag: a.tag,
      note: a.note,
      created: a.created ?? now,
      modified: a.modified ?? a.created ?? now,
    };
  });
  await store.addDocuments(records, annotations);
  for (const r of records) report.created.push(summarize(store, store.document(r.id)));
  report.annotationsAdded += annotations.length;
  report.notices.push(...notices.map((n) => ({ file, ...n })));
}

/**
 * The documents annotations from another tool may be matched to: the
 * session's, and those the earlier files of the same preview bring (as
 * stand-ins with provisional ids, found again by their text at commit).
 */
function documentsForMatching(store: SessionStore, read: PendingFile[]): () => Promise<DocumentRecord[]> {
  let session: Promise<DocumentRecord[]> | null = null;
  return async () => {
    session ??= Promise.all(store.documents().map((d) => store.readDocument(d.id)));
    const incoming = read.flatMap((p): Array<Omit<DocumentRecord, 'id'>> =>
      p.kind === 'documents' ? p.documents : p.kind === 'annotations' ? p.interchange.documents.map(({ key: _key, ...d }) => d) : [],
    );
    return [...(await session), ...incoming.map((d, i) => ({ ...d, id: `pending-${i}` }))];
  };
}

export const importOps: Handlers<'import.preview' | 'import.commit' | 'import.cancel'> = {
  'import.preview': async ({ files, cleanup, offsets }, ctx) => {
    const store = ctx.requireStore();
    const pending: PendingFile[] = [];
    const sessionDocuments = documentsForMatching(store, pending);
    for (const f of files)
      pending.push(await readImportFile(f.name, Buffer.from(f.data, 'base64'), cleanup, { offsets, sessionDocuments }));
    const previewId = `p_${randomBytes(8).toString('base64url')}`;
    // One preview at a time is what the UI shows; older ones are abandoned.
    ctx.previews.clear();
    ctx.previews.set(previewId, { files: pending });
    return { previewId, items: describeAll(store, pending) };
  },
  'import.commit': async ({ previewId }, ctx) => {
    const pending = ctx.previews.get(previewId);
    if (!pending) throw new PizhuError('NOT_FOUND', 'this import preview has expired; pick the files again');
    ctx.previews.delete(previewId);
    return commitFiles(ctx, pending.files);
  },
  'import.cancel': async ({ previewId }, ctx) => {
    ctx.previews.delete(previewId);
    return { ok: true as const };
  },
};
