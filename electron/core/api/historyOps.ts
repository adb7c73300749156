import type { HistoryState } from '../../shared/contract';
import type { CoreContext } from './CoreContext';
import type { HistoryEntry } from './History';
import type { Handlers } from './handlerTypes';
import { applyChange } from './spanChanges';

/** Apply a step (its spans, and its rejections when it has any) and return the step that reverses it. */
async function applyStep(ctx: CoreContext, step: HistoryEntry): Promise<HistoryEntry> {
  const { docId, change, rejections } = step;
  if (!rejections) return applyChange(ctx, docId, change);
  const reverse: HistoryEntry =
    change.put.length || change.remove.length ? await applyChange(ctx, docId, change) : { docId, change: { put: [], remove: [] } };
  return { ...reverse, rejections: await ctx.requireStore().applyRejections(docId, rejections) };
}

function state(ctx: CoreContext, docId: string | null): HistoryState {
  return { canUndo: ctx.history.canUndo, canRedo: ctx.history.canRedo, docId };
}

export const historyOps: Handlers<'history.state' | 'history.undo' | 'history.redo'> = {
  'history.state': async (_input, ctx) => state(ctx, null),
  // The step moves to the other stack only once its change is on disk: a failed undo (a full disk) can be tried again.
  'history.undo': async (_input, ctx) => {
    const step = ctx.history.nextUndo();
    if (!step) return state(ctx, null);
    await ctx.history.undone(await applyStep(ctx, step));
    return state(ctx, step.docId);
  },
  'history.redo': async (_input, ctx) => {
    const step = ctx.history.nextRedo();
    if (!step) return state(ctx, null);
    await ctx.history.redone(await applyStep(ctx, step));
    return state(ctx, step.docId);
  },
};
