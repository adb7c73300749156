import type { HistoryState } from '../../shared/contract';
import type { CoreContext } from './CoreContext';
import type { Handlers } from './handlerTypes';
import { applyChange } from './spanChanges';

function state(ctx: CoreContext, docId: string | null): HistoryState {
  return { canUndo: ctx.history.canUndo, canRedo: ctx.history.canRedo, docId };
}

export const historyOps: Handlers<'history.state' | 'history.undo' | 'history.redo'> = {
  'history.state': async (_input, ctx) => state(ctx, null),
  // The step moves to the other stack only once its change is on disk: a failed undo (a full disk) can be tried again.
  'history.undo': async (_input, ctx) => {
    const step = ctx.history.nextUndo();
    if (!step) return state(ctx, null);
    await ctx.history.undone(await applyChange(ctx, step.docId, step.change));
    return state(ctx, step.docId);
  },
  'history.redo': async (_input, ctx) => {
    const step = ctx.history.nextRedo();
    if (!step) return state(ctx, null);
    await ctx.history.redone(await applyChange(ctx, step.docId, step.change));
    return state(ctx, step.docId);
  },
};
