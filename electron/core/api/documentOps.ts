import type { DocumentSummary } from '../../shared/model';
import type { SessionStore } from '../store/SessionStore';
import type { DocumentEntry } from '../store/sessionFormat';
import type { Handlers } from './handlerTypes';

export function summarize(store: SessionStore, entry: DocumentEntry): DocumentSummary {
  const counts: Record<string, number> = {};
  for (const a of store.annotations(entry.id)) counts[a.tag] = (counts[a.tag] ?? 0) + 1;
  return { id: entry.id, title: entry.title, length: entry.length, hash: entry.hash, source: entry.source, counts };
}

export const documentOps: Handlers<'documents.list' | 'documents.get' | 'documents.rename' | 'documents.remove'> = {
  'documents.list': async (_input, ctx) => {
    const store = ctx.requireStore();
    return store.documents().map((d) => summarize(store, d));
  },
  'documents.get': async ({ id }, ctx) => (await ctx.text(id)).record,
  'documents.rename': async ({ id, title }, ctx) => {
    const store = ctx.requireStore();
    const entry = await store.renameDocument(id, title);
    ctx.forgetText(id);
    return summarize(store, entry);
  },
  'documents.remove': async ({ id }, ctx) => {
    await ctx.requireStore().removeDocument(id);
    ctx.forgetText(id);
    ctx.history.forgetDocument(id);
    return { ok: true as const };
  },
};
