import type { DocumentSummary } from '../../shared/model';
import type { SessionStore } from '../store/SessionStore';
import type { DocumentEntry } from '../store/sessionFormat';
import type { Handlers } from './handlerTypes';

/**
 * A document with its span counts by tag. The counts are gathered in a Map
 * and handed out as an object without a prototype, so that no tag id, even
 * one named like a built-in property, reads or writes anything but its count.
 */
export function summarize(store: SessionStore, entry: DocumentEntry): DocumentSummary {
  const byTag = new Map<string, number>();
  for (const a of store.annotations(entry.id)) byTag.set(a.tag, (byTag.get(a.tag) ?? 0) + 1);
  const counts = Object.create(null) as Record<string, number>;
  for (const [tag, n] of byTag) counts[tag] = n;
  return { id: entry.id, title: entry.title, length: entry.length, hash: entry.hash, source: entry.source, counts };
}

export const documentOps: Handlers<'documents.list' | 'documents.get' | 'documents.rename' | 'documents.remove'> = {
  'documents.list': async (_input, ctx) => {
    const store = ctx.requireStore();
    return store.documents().map((d) => summarize(store, d));
  },
  'documents.get': async ({ id }, ctx) => {
    const { record } = await ctx.text(id);
    ctx.warmSuggestions(id);
    return record;
  },
  'documents.rename': async ({ id, title }, ctx) => {
    const store = ctx.requireStore();
    const entry = await store.renameDocument(id, title);
    ctx.forgetText(id);
    return summarize(store, entry);
  },
  'documents.remove': async ({ id }, ctx) => {
    await ctx.requireStore().removeDocument(id);
    ctx.forgetText(id);
    await ctx.history.forgetDocument(id);
    return { ok: true as const };
  },
};
