import type { Annotation } from '../../shared/model';
import { runSearch } from '../search/runSearch';
import { newSpans } from './newSpans';
import { applyChange } from './spanChanges';
import type { DocumentChange } from './History';
import type { Handlers } from './handlerTypes';
import { requireTag } from './requireTag';

/** Search across the session's documents (runSearch.ts), and tagging what a search found. */
export const searchOps: Handlers<'search.run' | 'search.tagAll'> = {
  'search.run': async (request, ctx) => runSearch(ctx.requireStore(), ctx.searchable, request),
  /**
   * Every document's new spans are built and checked before anything is
   * written; then each document's change goes to its log, and the lot is one
   * undo step. A crash between documents leaves the ones written tagged and
   * no step to undo them, as a crash before any history line is written does.
   */
  'search.tagAll': async ({ tag, hits }, ctx) => {
    requireTag(ctx.requireStore(), tag);
    const byDoc = new Map<string, { start: number; end: number }[]>();
    for (const { docId, start, end } of hits) {
      let ranges = byDoc.get(docId);
      if (!ranges) byDoc.set(docId, (ranges = []));
      ranges.push({ start, end });
    }
    const planned: [string, Annotation[]][] = [];
    for (const [docId, ranges] of byDoc) {
      const made = await newSpans(ctx, docId, tag, ranges);
      if (made.length) planned.push([docId, made]);
    }
    if (!planned.length) return [];
    const reverse: DocumentChange[] = [];
    for (const [docId, made] of planned) reverse.push(await applyChange(ctx, docId, { put: made, remove: [] }));
    await ctx.history.record({ changes: reverse });
    return planned.flatMap(([, made]) => made);
  },
};
