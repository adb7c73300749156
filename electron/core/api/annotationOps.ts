import { PizhuError } from '../../shared/errors';
import { spanPieces, withFragment } from '../../shared/fragments';
import type { Annotation } from '../../shared/model';
import { TARGET_TAG, withFields, withFreshFields } from '../spans/spanFields';
import { onPieces, piecesMoved } from '../spans/spanRange';
import type { CoreContext } from './CoreContext';
import type { Handlers } from './handlerTypes';
import { requireTag } from './requireTag';
import { applyRecorded } from './spanChanges';
import { makeSpan } from './spanRecords';
import { newSpans } from './newSpans';

function byTextOrder(a: Annotation, b: Annotation): number {
  return a.start - b.start || b.end - a.end || a.created.localeCompare(b.created);
}

function findAnnotation(ctx: CoreContext, id: string): Annotation {
  const found = ctx.requireStore().annotation(id);
  if (!found) throw new PizhuError('NOT_FOUND', `no annotation with id ${id}`);
  return found;
}

export const annotationOps: Handlers<
  | 'annotations.list'
  | 'annotations.create'
  | 'annotations.createMany'
  | 'annotations.update'
  | 'annotations.addFragment'
  | 'annotations.remove'
> = {
  // Spans saved before section and value existed get them here, in memory: a session is not rewritten for what its text gives again.
  'annotations.list': async ({ docId }, ctx) => {
    const spans = ctx.requireStore().annotations(docId);
    if (!spans.length) return spans;
    const facts = await ctx.facts(docId);
    return spans.map((a) => withFields(a, facts)).sort(byTextOrder);
  },
  'annotations.create': async ({ docId, start, end, tag, note }, ctx) => {
    const store = ctx.requireStore();
    requireTag(store, tag);
    const same = store.annotations(docId).find((a) => a.start === start && a.end === end && a.tag === tag);
    if (same) return withFields(same, await ctx.facts(docId));
    const made = makeSpan((await ctx.text(docId)).offsets, docId, start, end, tag, note, new Date().toISOString());
    const span = withFreshFields(made, await ctx.facts(docId));
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
    requireTag(ctx.requireStore(), tag);
    const made = await newSpans(ctx, docId, tag, spans);
    if (made.length) await applyRecorded(ctx, docId, { put: made, remove: [] });
    return made;
  },
  /**
   * A new range (or new fragments) takes its quote, section and a target's value from the text
   * afresh; a new tag adds a value (to target) or drops it (from target); a
   * value given is the analyst's and is kept as given. A discontinuous span's
   * start and end move its first and last pieces.
   */
  'annotations.update': async ({ id, tag, note, start, end, value, fragments }, ctx) => {
    const old = findAnnotation(ctx, id);
    if (tag !== undefined) requireTag(ctx.requireStore(), tag);
    if (value !== undefined && (tag ?? old.tag) !== TARGET_TAG)
      throw new PizhuError('INVALID_INPUT', `only a span tagged ${TARGET_TAG} carries a value (span ${id} is tagged ${tag ?? old.tag})`);
    if (fragments !== undefined && (start !== undefined || end !== undefined))
      throw new PizhuError('INVALID_INPUT', `span ${id}: give its fragments or its start and end, not both`);
    const pieces = fragments ?? (start === undefined && end === undefined ? null : piecesMoved(old, start, end));
    // A new range is checked against the text, and its quote taken from it, as a new span's would be.
    const range = pieces === null ? old : onPieces(old, (await ctx.text(old.docId)).offsets, pieces);
    const moved = range.quote !== old.quote || JSON.stringify(spanPieces(range)) !== JSON.stringify(spanPieces(old));
    const changed: Annotation = { ...range, tag: tag ?? old.tag, note: note ?? old.note, modified: new Date().toISOString() };
    const facts = await ctx.facts(old.docId);
    const filled = moved ? withFreshFields(changed, facts) : withFields(changed, facts);
    const next: Annotation = value === undefined ? filled : { ...filled, value };
    await applyRecorded(ctx, old.docId, { put: [next], remove: [] });
    return next;
  },
  /** A piece added to a span: pieces it overlaps or touches merge with it, and a span left with one piece is an ordinary span again. */
  'annotations.addFragment': async ({ id, start, end }, ctx) => {
    const old = findAnnotation(ctx, id);
    if (!(start < end)) throw new PizhuError('INVALID_INPUT', `empty or reversed fragment: start ${start} must be less than end ${end}`);
    const next = withFreshFields(
      {
        ...onPieces(old, (await ctx.text(old.docId)).offsets, withFragment(spanPieces(old), { start, end })),
        modified: new Date().toISOString(),
      },
      await ctx.facts(old.docId),
    );
    await applyRecorded(ctx, old.docId, { put: [next], remove: [] });
    return next;
  },
  'annotations.remove': async ({ id }, ctx) => {
    const old = findAnnotation(ctx, id);
    await applyRecorded(ctx, old.docId, { put: [], remove: [id] });
    return { ok: true as const };
  },
};
