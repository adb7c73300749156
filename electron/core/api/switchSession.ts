import { resolve } from 'node:path';
import type { SessionInfo } from '../../shared/contract';
import { SessionStore } from '../store/SessionStore';
import type { CoreContext } from './CoreContext';
import { sessionInfo } from './sessionInfo';

/**
 * Open (or create) a session and make it the current one; the previous one
 * is closed only on success. That close failing (its logs could not be
 * folded: a full disk) loses nothing and does not undo the switch: the
 * host's log says so.
 */
export async function switchSession(ctx: CoreContext, path: string, create: boolean): Promise<SessionInfo> {
  const target = resolve(path);
  if (ctx.store?.path === target) return sessionInfo(ctx.store);
  const store = await SessionStore.open(target, { create });
  await ctx.replaceStore(store).catch((error: unknown) => ctx.warn((error as Error).message));
  for (const notice of store.notices) ctx.warn(notice);
  await rememberCurrent(ctx);
  return sessionInfo(store);
}

/** Put the open session first in the recent list; a failure (settings on a full disk) is only logged: the list is a convenience. */
export async function rememberCurrent(ctx: CoreContext): Promise<void> {
  const store = ctx.store;
  if (!store) return;
  await ctx.settings
    .rememberSession({
      path: store.path,
      name: store.name,
      documents: store.documents().length,
      spans: store.spanCount(),
      lastOpened: new Date().toISOString(),
    })
    .catch((error: unknown) => ctx.warn(`the recent sessions list was not saved: ${(error as Error).message}`));
}
