import type { DocumentSummary } from '../../shared/model';
import { summarize } from './documentSummary';
import type { Handlers } from './handlerTypes';

export const documentOps: Handlers<
  'documents.list' | 'documents.get' | 'documents.rename' | 'documents.update' | 'documents.remove' | 'documents.outline'
> = {
  'documents.list': async (_input, ctx) => {
    const store = ctx.requireStore();
    const summaries: DocumentSummary[] = [];
    for (const d of store.documents()) summaries.push(summarize(store, d, await ctx.documentDate(d.id), await ctx.documentOrigin(d.id)));
    return summaries;
  },
  'documents.get': async ({ id }, ctx) => {
    const { record } = await ctx.text(id);
    ctx.warmSuggestions(id);
    return record;
  },
  'documents.outline': async ({ docId }, ctx) => ctx.outline(docId),
  'documents.rename': async ({ id, title }, ctx) => {
    const store = ctx.requireStore();
    const entry = await store.renameDocument(id, title);
    ctx.forgetText(id);
    return summarize(store, entry, await ctx.documentDate(id), await ctx.documentOrigin(id));
  },
  /**
   * The date, region and issuer are set by hand in the index. The values of the document's
   * targets stay as they were computed (a hand edit among them is not told
   * apart from a parse): a target's value is read again when its range changes.
   */
  'documents.update': async ({ id, title, date, region, issuer }, ctx) => {
    const store = ctx.requireStore();
    if (title !== undefined) await store.renameDocument(id, title);
    if (date !== undefined) await store.setDocumentDate(id, date);
    if (region !== undefined || issuer !== undefined) await store.setDocumentOrigin(id, { region, issuer });
    ctx.forgetText(id);
    return summarize(store, store.document(id), await ctx.documentDate(id), await ctx.documentOrigin(id));
  },
  'documents.remove': async ({ id }, ctx) => {
    await ctx.requireStore().removeDocument(id);
    ctx.forgetText(id);
    await ctx.history.forgetDocument(id);
    return { ok: true as const };
  },
};
