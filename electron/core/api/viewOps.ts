import type { Handlers } from './handlerTypes';

export const viewOps: Handlers<'view.get' | 'view.set'> = {
  'view.get': async (_input, ctx) => ctx.requireStore().view(),
  'view.set': async (input, ctx) => {
    const store = ctx.requireStore();
    // An empty string is falsy but still a document id to check; only null closes the document.
    if (typeof input.openDocId === 'string') store.document(input.openDocId);
    if (input.scroll) store.document(input.scroll.docId);
    await store.setView((view) => {
      if (input.openDocId !== undefined) view.openDocId = input.openDocId;
      if (input.scroll) view.scroll[input.scroll.docId] = input.scroll.fraction;
      if (input.filter) view.filter = input.filter;
      if (input.layout) view.layout = input.layout;
      if (input.showSuggestions !== undefined) view.showSuggestions = input.showSuggestions;
    });
    return { ok: true as const };
  },
};
