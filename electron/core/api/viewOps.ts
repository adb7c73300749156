import type { Handlers } from './handlerTypes';

export const viewOps: Handlers<'view.get' | 'view.set'> = {
  'view.get': async (_input, ctx) => ctx.requireStore().view(),
  'view.set': async (input, ctx) => {
    const store = ctx.requireStore();
    // An empty string is falsy but still a document id to check; only null closes the document.
    if (typeof input.openDocId === 'string') store.document(input.openDocId);
    if (input.scroll) store.document(input.scroll.docId);
    if (input.outline?.folded) store.document(input.outline.folded.docId);
    await store.setView((view) => {
      if (input.openDocId !== undefined) view.openDocId = input.openDocId;
      if (input.scroll) view.scroll[input.scroll.docId] = input.scroll.fraction;
      if (input.filter) view.filter = input.filter;
      if (input.layout) view.layout = input.layout;
      if (input.outline) {
        const outline = (view.outline ??= { open: true, folded: {} });
        if (input.outline.open !== undefined) outline.open = input.outline.open;
        const folded = input.outline.folded;
        if (folded && folded.starts.length) outline.folded[folded.docId] = [...new Set(folded.starts)].sort((a, b) => a - b);
        else if (folded) delete outline.folded[folded.docId];
      }
      if (input.showSuggestions !== undefined) view.showSuggestions = input.showSuggestions;
      if (input.documentSort) view.documentSort = input.documentSort;
      if (input.hiddenLayers !== undefined) view.hiddenLayers = [...new Set(input.hiddenLayers)];
    });
    return { ok: true as const };
  },
};
