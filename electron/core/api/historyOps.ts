import type { HistoryState } from '../../shared/contract';
import type { CoreContext } from './CoreContext';
import type { DocumentChange, HistoryEntry } from './History';
import type { Handlers } from './handlerTypes';
import { applyChange, isEmptyChange } from './spanChanges';

/** Apply one document's part of a step (its spans, and its rejections when it has any); what reverses it. */
async function applyPart(ctx: CoreContext, part: DocumentChange): Promise<DocumentChange> {
  const { docId, change, rejections } = part;
  if (!rejections) return applyChange(ctx, docId, change);
  const reverse: DocumentChange = isEmptyChange(change)
    ? { docId, change: { put: [], remove: [] } }
    : await applyChange(ctx, docId, change);
  return { ...reverse, rejections: await ctx.requireStore().applyRejections(docId, rejections) };
}

function state(ctx: CoreContext, docIds: string[]): HistoryState {
  return { canUndo: ctx.history.canUndo, canRedo: ctx.history.canRedo, docId: docIds[0] ?? null, docIds };
}

/** Apply every document's part of a step; what reverses it, part for part. */
async function applyStep(ctx: CoreContext, step: HistoryEntry): Promise<HistoryEntry> {
  const changes = [];
  for (const part of step.changes) changes.push(await applyPart(ctx, part));
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
