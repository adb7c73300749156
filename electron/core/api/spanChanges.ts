import type { Annotation, Relation } from '../../shared/model';
import type { AnnotationChange } from '../store/sessionFormat';
import type { CoreContext } from './CoreContext';
import type { DocumentChange } from './History';

/** What was there before: the previous version of every record a change touches, and the ids of those it creates. */
function previousOf<T>(
  ids: Iterable<{ id: string; isPut: boolean }>,
  lookup: (id: string) => T | undefined,
): { put: T[]; remove: string[] } {
  const put: T[] = [];
  const remove: string[] = [];
  const seen = new Set<string>();
  for (const { id, isPut } of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    const old = lookup(id);
    if (old) put.push(old);
    else if (isPut) remove.push(id);
  }
  return { put, remove };
}

function* touched(put: readonly { id: string }[], remove: readonly string[]): Iterable<{ id: string; isPut: boolean }> {
  for (const r of put) yield { id: r.id, isPut: true };
  for (const id of remove) yield { id, isPut: false };
}

/**
 * Apply a change to one document's spans (and relations) and return the
 * change that reverses it, read from the document as it was: the previous
 * version of every span and relation it puts or removes (the relations a
 * span's removal takes with it included), and the removal of every one it
 * creates.
 */
export async function applyChange(ctx: CoreContext, docId: string, change: AnnotationChange): Promise<DocumentChange> {
  const store = ctx.requireStore();
  const full = store.withCascade(docId, change);
  const spans = previousOf<Annotation>(touched(full.put, full.remove), (id) => store.annotationOf(docId, id));
  const relations = full.relations
    ? previousOf<Relation>(touched(full.relations.put, full.relations.remove), (id) => store.relationOf(docId, id))
    : null;
  await store.applyAnnotations(docId, full);
  return { docId, change: relations ? { ...spans, relations } : spans };
}

/** Whether a change changes nothing. */
export function isEmptyChange(change: AnnotationChange): boolean {
  return !change.put.length && !change.remove.length && !change.relations?.put.length && !change.relations?.remove.length;
}

/** Apply a change and record, once it is on disk, the step that undoes it. */
export async function applyRecorded(ctx: CoreContext, docId: string, change: AnnotationChange): Promise<void> {
  await ctx.history.record({ changes: [await applyChange(ctx, docId, change)] });
}
