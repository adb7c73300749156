import type { HistoryState } from '../../shared/contract';
import type { CoreContext } from './CoreContext';
import type { HistoryEntry } from './History';
import type { Handlers } from './handlerTypes';

function state(ctx: CoreContext, docId: string | null): HistoryState {
  return { canUndo: ctx.history.canUndo, canRedo: ctx.history.canRedo, docId };
}

async function replay(ctx: CoreContext, entry: HistoryEntry | undefined, direction: 'forward' | 'inverse'): Promise<HistoryState> {
  if (!entry) return state(ctx, null);
  await ctx.requireStore().applyAnnotations(entry.docId, entry[direction]);
  return state(ctx, entry.docId);
}

export const historyOps: Handlers<'history.state' | 'history.undo' | 'history.redo'> = {
  'history.state': async (_input, ctx) => state(ctx, null),
  'history.undo': async (_input, ctx) => replay(ctx, ctx.history.takeUndo(), 'inverse'),
  'history.redo': async (_input, ctx) => replay(ctx, ctx.history.takeRedo(), 'forward'),
};
