import { PizhuError } from '../../shared/errors';
import { mergeIndicators, renameIndicator, splitIndicator } from '../../shared/indicators/editIndicatorGroups';
import type { IndicatorTable } from '../../shared/indicators/indicatorTableSchema';
import { sessionIndicators } from '../indicators/sessionIndicators';
import type { CoreContext } from './CoreContext';
import type { Handlers } from './handlerTypes';

const table = (ctx: CoreContext): Promise<IndicatorTable> =>
  sessionIndicators(ctx.requireStore(), { date: (id) => ctx.documentDate(id), facts: (id) => ctx.facts(id) });

/** A key that names no row of the table now is refused: a merge or name for it would change nothing anyone sees. */
function requireRow(current: IndicatorTable, key: string): void {
  if (!current.rows.some((row) => row.keys.includes(key)))
    throw new PizhuError('NOT_FOUND', `no indicator ${JSON.stringify(key)} in the session`);
}

/**
 * The indicators across the session's documents, and the analyst's merges
 * and names of their groups, kept in session.json. Merging and naming are
 * not steps of the undo history, which holds changes to spans: a merge is
 * taken back by a split, a name by naming again.
 */
export const indicatorOps: Handlers<'indicators.list' | 'indicators.merge' | 'indicators.split' | 'indicators.rename'> = {
  'indicators.list': async (_input, ctx) => table(ctx),
  'indicators.merge': async ({ from, into }, ctx) => {
    const current = await table(ctx);
    for (const key of [...from, into]) requireRow(current, key);
    const store = ctx.requireStore();
    await store.setIndicatorGroups(mergeIndicators(store.indicatorGroups(), from, into));
    return table(ctx);
  },
  'indicators.split': async ({ key }, ctx) => {
    const store = ctx.requireStore();
    if (!store.indicatorGroups().merged.some((m) => m.from === key))
      throw new PizhuError('INVALID_INPUT', `the indicator ${JSON.stringify(key)} was not merged into another`);
    await store.setIndicatorGroups(splitIndicator(store.indicatorGroups(), key));
    return table(ctx);
  },
  'indicators.rename': async ({ key, name }, ctx) => {
    requireRow(await table(ctx), key);
    const store = ctx.requireStore();
    await store.setIndicatorGroups(renameIndicator(store.indicatorGroups(), key, name));
    return table(ctx);
  },
};
