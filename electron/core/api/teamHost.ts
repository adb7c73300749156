import type { TeamHost } from '../team/mergeFromTeam';
import { withFreshFields } from '../spans/spanFields';
import type { CoreContext } from './CoreContext';

/** What the team service needs of the core to merge pulled records into the open session. */
export function teamHost(ctx: CoreContext): TeamHost {
  return {
    between: (store, work) => ctx.exclusive(async () => (ctx.store === store && !store.readOnly ? work() : null)),
    withFields: async (docId, span) => withFreshFields(span, await ctx.facts(docId)),
  };
}
