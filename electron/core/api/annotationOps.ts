import { randomBytes } from 'node:crypto';
import { PizhuError } from '../../shared/errors';
import type { Annotation } from '../../shared/model';
import type { AnnotationChange } from '../store/sessionFormat';
import type { CoreContext } from './CoreContext';
import type { Handlers } from './handlerTypes';
import { requireTag } from './tagOps';

export function newAnnotationId(): string {
  return `a_${randomBytes(9).toString('base64url')}`;
}

function byTextOrder(a: Annotation, b: Annotation): number {
  return a.start - b.start || b.end - a.end || a.created.localeCompare(b.created);
}

/** Build a span after checking its offsets against the text; the quote always comes from the text. */
async function makeSpan(
  ctx: CoreContext,
  docId: string,
  start: number,
  end: number,
  tag: string,
  note: string,
  now: string,
): Promise<Annotation> {
  const { offsets } = await ctx.text(docId);
  if (!(start < end)) throw new PizhuError('INVALID_INPUT', `empty or reversed span: start ${start} must be less than end ${end}`);
  if (end > offsets.length) {
    throw new PizhuError('INVALID_INPUT', `offsets out of range: end ${end} is past the end of the document (${offsets.length} characters)`);
  }
  return { id: newAnnotationId(), docId, start, end, quote: offsets.slice(start, end), tag, note, created: now, modified: now };
}

function findAnnotation(ctx: CoreContext, id: string): Annotation {
  const found = ctx.requireStore().annotation(id);
  if (!found) throw new PizhuError('NOT_FOUND', `no annotation with id ${id}`);
  return found;
}

/** Apply a change and record it with its inverse for undo. */
export async function applyRecorded(ctx: CoreContext, docId: string, forward: AnnotationChange): Promise<void> {
  const store = ctx.requireStore();
  const previous = [...forward.put.map((a) => a.id), ...forward.remove]
    .map((id) => store.annotation(id))
    .filter((a): a is Annotation => a !== undefined);
  const created = forward.put.filter((a) => !previous.some((p) => p.id === a.id)).map((a) => a.id);
  await store.applyAnnotations(docId, forward);
  ctx.history.record({ docId, forward, inverse: { put: previous, remove: created } });
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
    const span = await makeSpan(ctx, docId, start, end, tag, note, new Date().toISOString());
    await applyRecorded(ctx, docId, { put: [span], remove: [] });
    return span;
  },
  'annotations.createMany': async ({ docId, tag, spans }, ctx) => {
    const store = ctx.requireStore();
    requireTag(store, tag);
    const now = new Date().toISOString();
    const existing = new Set(store.annotations(docId).filter((a) => a.tag === tag).map((a) => `${a.start}:${a.end}`));
    const made: Annotation[] = [];
    for (const { start, end } of spans) {
      const key = `${start}:${end}`;
      if (existing.has(key)) continue;
      existing.add(key);
      made.push(await makeSpan(ctx, docId, start, end, tag, '', now));
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
        : await makeSpan(ctx, old.docId, start ?? old.start, end ?? old.end, old.tag, '', old.created);
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
