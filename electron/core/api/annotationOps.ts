import { PizhuError } from '../../shared/errors';
import type { Annotation } from '../../shared/model';
import { RECORDS_PER_PIECE } from '../store/changePieces';
import { yieldToEventLoop } from '../store/eventLoop';
import type { CoreContext } from './CoreContext';
import type { Handlers } from './handlerTypes';
import { requireTag } from './requireTag';
import { applyRecorded } from './spanChanges';
import { makeSpan } from './spanRecords';

function byTextOrder(a: Annotation, b: Annotation): number {
  return a.start - b.start || b.end - a.end || a.created.localeCompare(b.created);
}

function findAnnotation(ctx: CoreContext, id: string): Annotation {
  const found = ctx.requireStore().annotation(id);
  if (!found) throw new PizhuError('NOT_FOUND', `no annotation with id ${id}`);
  return found;
}

export const annotationOps: Handlers<
  'annotations.list' | 'annotations.create' | 'annotations.createMany' | 'annotations.update' | 'annotations.remove'
> = {
  'annotations.list': async ({ docId }, ctx) => ctx.requireStore().annotations(docId).sort(byTextOrder),
  'annotations.create': async ({ docId, start, end, tag, note }, ctx) => {
    const store = ctx.requireStore();
    requireTag(store, tag);
    const same = store.annotations(docId).find((a) => a.start === start && a.end === end && a.tag === tag);
    if (same) return same;
    const span = makeSpan((await ctx.text(docId)).offsets, docId, start, end, tag, note, new Date().toISOString());
    await applyRecorded(ctx, docId, { put: [span], remove: [] });
    return span;
  },
  /**
   * Many spans as one change: built in chunks with the event loop running
   * between them, then written as one line of the document's log (itself in
   * pieces, see AnnotationJournal.apply) and one undo step. Every span is
   * checked before anything is written, and a crash leaves all or none.
   */
  'annotations.createMany': async ({ docId, tag, spans }, ctx) => {
    const store = ctx.requireStore();
    requireTag(store, tag);
    const { offsets } = await ctx.text(docId);
    const now = new Date().toISOString();
    const existing = new Set(
      store
        .annotations(docId)
        .filter((a) => a.tag === tag)
        .map((a) => `${a.start}:${a.end}`),
    );
    const made: Annotation[] = [];
    for (let i = 0; i < spans.length; i++) {
      if (i > 0 && i % RECORDS_PER_PIECE === 0) await yieldToEventLoop();
      const { start, end } = spans[i]!;
      const key = `${start}:${end}`;
      if (existing.has(key)) continue;
      existing.add(key);
      made.push(makeSpan(offsets, docId, start, end, tag, '', now));
    }
    if (made.length) await applyRecorded(ctx, docId, { put: made, remove: [] });
    return made;
  },
  'annotations.update': async ({ id, tag, note, start, end }, ctx) => {
    const old = findAnnotation(ctx, id);
    if (tag !== undefined) requireTag(ctx.requireStore(), tag);
    // A new range is checked against the text, and its quote taken from it, as a new span's would be.
    const range =
      start === undefined && end === undefined
        ? old
        : makeSpan((await ctx.text(old.docId)).offsets, old.docId, start ?? old.start, end ?? old.end, old.tag, '', old.created);
    const next: Annotation = {
      ...old,
      start: range.start,
      end: range.end,
      quote: range.quote,
      tag: tag ?? old.tag,
      note: note ?? old.note,
      modified: new Date().toISOString(),
    };
    await applyRecorded(ctx, old.docId, { put: [next], remove: [] });
    return next;
  },
  'annotations.remove': async ({ id }, ctx) => {
    const old = findAnnotation(ctx, id);
    await applyRecorded(ctx, old.docId, { put: [], remove: [id] });
    return { ok: true as const };
  },
};
