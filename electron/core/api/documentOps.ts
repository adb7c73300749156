import type { DocumentSummary } from '../../shared/model';
import type { DocumentDate } from '../../shared/structure/documentDate';
import type { SessionStore } from '../store/SessionStore';
import type { DocumentEntry } from '../store/sessionFormat';
import type { Handlers } from './handlerTypes';

/**
 * A document with its span counts by tag. The counts are gathered in a Map
 * and handed out as an object without a prototype, so that no tag id, even
 * one named like a built-in property, reads or writes anything but its count.
 */
export function summarize(store: SessionStore, entry: DocumentEntry, date: DocumentDate | null | undefined = entry.date): DocumentSummary {
  const byTag = new Map<string, number>();
  for (const a of store.annotations(entry.id)) byTag.set(a.tag, (byTag.get(a.tag) ?? 0) + 1);
  const counts = Object.create(null) as Record<string, number>;
  for (const [tag, n] of byTag) counts[tag] = n;
  const summary: DocumentSummary = { id: entry.id, title: entry.title, length: entry.length, hash: entry.hash, source: entry.source, counts };
  if (date !== undefined) summary.date = date;
  return summary;
}

export const documentOps: Handlers<'documents.list' | 'documents.get' | 'documents.rename' | 'documents.update' | 'documents.remove'> = {
  'documents.list': async (_input, ctx) => {
    const store = ctx.requireStore();
    const summaries: DocumentSummary[] = [];
    for (const d of store.documents()) summaries.push(summarize(store, d, await ctx.documentDate(d.id)));
    return summaries;
  },
  'documents.get': async ({ id }, ctx) => (await ctx.text(id)).record,
  'documents.rename': async ({ id, title }, ctx) => {
    const store = ctx.requireStore();
    const entry = await store.renameDocument(id, title);
    ctx.forgetText(id);
    return summarize(store, entry, await ctx.documentDate(id));
  },
  /**
   * The date is set by hand in the index. The values of the document's
   * targets stay as they were computed (a hand edit among them is not told
   * apart from a parse): a target's value is read again when its range changes.
   */
  'documents.update': async ({ id, title, date }, ctx) => {
    const store = ctx.requireStore();
    if (title !== undefined) await store.renameDocument(id, title);
    if (date !== undefined) await store.setDocumentDate(id, date);
    ctx.forgetText(id);
    return summarize(store, store.document(id), await ctx.documentDate(id));
  },
  'documents.remove': async ({ id }, ctx) => {
    await ctx.requireStore().removeDocument(id);
    ctx.forgetText(id);
    await ctx.history.forgetDocument(id);
    return { ok: true as const };
  },
};
