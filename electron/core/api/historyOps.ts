import type { HistoryState } from '../../shared/contract';
import { applyChange } from './annotationOps';
import type { CoreContext } from './CoreContext';
import type { HistoryEntry } from './History';
import type { Handlers } from './handlerTypes';

function state(ctx: CoreContext, docIds: string[]): HistoryState {
  return { canUndo: ctx.history.canUndo, canRedo: ctx.history.canRedo, docId: docIds[0] ?? null, docIds };
}

/** Apply every document's part of a step; what reverses it, part for part. */
async function applyStep(ctx: CoreContext, step: HistoryEntry): Promise<HistoryEntry> {
  const changes = [];
  for (const { docId, change } of step.changes) changes.push(await applyChange(ctx, docId, change));
  return { changes };
}

const touched = (step: HistoryEntry) => step.changes.map((part) => part.docId);

export const historyOps: Handlers<'history.state' | 'history.undo' | 'history.redo'> = {
  'history.state': async (_input, ctx) => state(ctx, []),
  // The step moves to the other stack only once its change is on disk: a failed undo (a full disk) can be tried again.
  'history.undo': async (_input, ctx) => {
    const step = ctx.history.nextUndo();
    if (!step) return state(ctx, []);
    await ctx.history.undone(await applyStep(ctx, step));
    return state(ctx, touched(step));
  },
  'history.redo': async (_input, ctx) => {
    const step = ctx.history.nextRedo();
    if (!step) return state(ctx, []);
    await ctx.history.redone(await applyStep(ctx, step));
    return state(ctx, touched(step));
  },
};
