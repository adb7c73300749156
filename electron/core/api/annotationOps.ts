import { randomBytes } from 'node:crypto';
import { PizhuError } from '../../shared/errors';
import type { OffsetMap } from '../../shared/codePoints';
import type { Annotation } from '../../shared/model';
import { RECORDS_PER_PIECE } from '../store/changePieces';
import { yieldToEventLoop } from '../store/eventLoop';
import type { AnnotationChange } from '../store/sessionFormat';
import type { CoreContext } from './CoreContext';
import type { DocumentChange } from './History';
import type { Handlers } from './handlerTypes';
import { requireTag } from './tagOps';

/** Random bytes for span ids, drawn from the system a thousand ids at a time: 100,000 spans at once would otherwise spend a quarter of a second asking. */
let idBytes = Buffer.alloc(0);
let idAt = 0;

export function newAnnotationId(): string {
  if (idAt + 9 > idBytes.length) {
    idBytes = randomBytes(9 * 1024);
    idAt = 0;
  }
  idAt += 9;
  return `a_${idBytes.toString('base64url', idAt - 9, idAt)}`;
}

function byTextOrder(a: Annotation, b: Annotation): number {
  return a.start - b.start || b.end - a.end || a.created.localeCompare(b.created);
}

/** Build a span after checking its offsets against the text; the quote always comes from the text. */
function makeSpan(offsets: OffsetMap, docId: string, start: number, end: number, tag: string, note: string, now: string): Annotation {
  if (!(start < end)) throw new PizhuError('INVALID_INPUT', `empty or reversed span: start ${start} must be less than end ${end}`);
  if (end > offsets.length) {
    throw new PizhuError(
      'INVALID_INPUT',
      `offsets out of range: end ${end} is past the end of the document (${offsets.length} characters)`,
    );
  }
  return { id: newAnnotationId(), docId, start, end, quote: offsets.slice(start, end), tag, note, created: now, modified: now };
}

function findAnnotation(ctx: CoreContext, id: string): Annotation {
  const found = ctx.requireStore().annotation(id);
  if (!found) throw new PizhuError('NOT_FOUND', `no annotation with id ${id}`);
  return found;
}

/**
 * Apply a change to one document's spans and return the change that reverses
 * it, read from the spans as they were: the previous version of every span
 * it puts or removes, and the removal of every span it creates.
 */
export async function applyChange(ctx: CoreContext, docId: string, change: AnnotationChange): Promise<DocumentChange> {
  const store = ctx.requireStore();
  const previous: Annotation[] = [];
  const created: string[] = [];
  const seen = new Set<string>();
  const take = (id: string, isPut: boolean): void => {
    if (seen.has(id)) return;
    seen.add(id);
    const old = store.annotationOf(docId, id);
    if (old) previous.push(old);
    else if (isPut) created.push(id);
  };
  for (const a of change.put) take(a.id, true);
  for (const id of change.remove) take(id, false);
  await store.applyAnnotations(docId, change);
  return { docId, change: { put: previous, remove: created } };
}

/**
 * The spans of `tag` to make over `ranges` of a document, each checked
 * against its text, leaving out a range already a span of that tag (or
 * named twice); built in chunks with the event loop running between them.
 */
export async function newSpans(
  ctx: CoreContext,
  docId: string,
  tag: string,
  ranges: readonly { start: number; end: number }[],
): Promise<Annotation[]> {
  const { offsets } = await ctx.text(docId);
  const now = new Date().toISOString();
  const existing = new Set(
    ctx
      .requireStore()
      .annotations(docId)
      .filter((a) => a.tag === tag)
      .map((a) => `${a.start}:${a.end}`),
  );
  const made: Annotation[] = [];
  for (let i = 0; i < ranges.length; i++) {
    if (i > 0 && i % RECORDS_PER_PIECE === 0) await yieldToEventLoop();
    const { start, end } = ranges[i]!;
    const key = `${start}:${end}`;
    if (existing.has(key)) continue;
    existing.add(key);
    made.push(makeSpan(offsets, docId, start, end, tag, '', now));
  }
  return made;
}

/** Apply a change and record, once it is on disk, the step that undoes it. */
export async function applyRecorded(ctx: CoreContext, docId: string, change: AnnotationChange): Promise<void> {
  await ctx.history.record({ changes: [await applyChange(ctx, docId, change)] });
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
    requireTag(ctx.requireStore(), tag);
    const made = await newSpans(ctx, docId, tag, spans);
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
