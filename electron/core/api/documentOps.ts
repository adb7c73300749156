import { summarize } from './documentSummary';
import type { Handlers } from './handlerTypes';

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
    await ctx.history.forgetDocument(id);
    return { ok: true as const };
  },
};
