import type { Annotation } from '../../shared/model';
import type { AnnotationChange } from '../store/sessionFormat';
import type { CoreContext } from './CoreContext';
import type { HistoryEntry } from './History';

/**
 * Apply a change to one document's spans and return the step that reverses
 * it, read from the spans as they were: the previous version of every span
 * it puts or removes, and the removal of every span it creates.
 */
export async function applyChange(ctx: CoreContext, docId: string, change: AnnotationChange): Promise<HistoryEntry> {
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

/** Apply a change and record, once it is on disk, the step that undoes it. */
export async function applyRecorded(ctx: CoreContext, docId: string, change: AnnotationChange): Promise<void> {
  await ctx.history.record(await applyChange(ctx, docId, change));
}
