import { randomBytes } from 'node:crypto';
import type { ImportPreviewItem } from '../../shared/contract';
import { PizhuError } from '../../shared/errors';
import { codePointLength } from '../../shared/codePoints';
import type { DocumentRecord } from '../../shared/model';
import type { ImportedDocument } from '../import/buildDocument';
import { planImport } from '../interchange/planImport';
import type { SessionStore } from '../store/SessionStore';
import { commitFiles } from './commitImport';
import type { Handlers } from './handlerTypes';
import { mergeSession } from './mergeSession';
import type { PendingFile } from './pendingImport';
import { readImportFile } from './readImportFile';

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
        session.relationTypes = plan.relationTypes;
        const ids = new Map(Object.entries(plan.merge.existingDocIdByKey));
        plan.merge.newDocuments.forEach((d) => ids.set(d.key, hold(d.hash)));
        session.annotations.push(
          ...plan.merge.newAnnotations.map((a) => ({
            docId: ids.get(a.docKey)!,
            start: a.start,
            end: a.end,
            tag: a.tag,
            ...(a.fragments && { fragments: a.fragments }),
          })),
        );
        return {
          file: pending.file,
          kind: pending.interchange.kind,
          documents: pending.interchange.documents.map(doc),
          annotations: plan.merge.newAnnotations.length,
          relations: plan.merge.newRelations.length,
          notices: plan.notices,
          error: null,
        };
      }
      case 'error':
        return { file: pending.file, kind: 'unknown', documents: [], annotations: 0, notices: [], error: pending.message };
    }
  });
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
