import { resolve } from 'node:path';
import type { SessionInfo } from '../../shared/contract';
import { PizhuError } from '../../shared/errors';
import { SCHEMA_VERSION } from '../store/sessionFormat';
import { SessionStore, sessionExists } from '../store/SessionStore';
import type { CoreContext } from './CoreContext';
import type { Handlers } from './handlerTypes';

export function sessionInfo(store: SessionStore): SessionInfo {
  return {
    path: store.path,
    name: store.name,
    schemaVersion: SCHEMA_VERSION,
    documents: store.documents().length,
    spans: store.spanCount(),
    notices: [...store.notices],
  };
}

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

export const sessionOps: Handlers<
  'session.info' | 'session.create' | 'session.open' | 'session.saveAs' | 'session.close' | 'session.recent'
> = {
  'session.info': async (_input, ctx) => (ctx.store ? sessionInfo(ctx.store) : null),
  'session.create': async ({ path }, ctx) => {
    if (sessionExists(path)) {
      throw new PizhuError('CONFLICT', `${resolve(path)}: a session already exists there; open it instead`);
    }
    return switchSession(ctx, path, true);
  },
  'session.open': async ({ path }, ctx) => switchSession(ctx, path, false),
  'session.saveAs': async ({ path }, ctx) => {
    const store = ctx.requireStore();
    await store.copyTo(path);
    return switchSession(ctx, path, false);
  },
  'session.close': async (_input, ctx) => {
    await rememberCurrent(ctx);
    await ctx.replaceStore(null);
    return { ok: true as const };
  },
  'session.recent': async (_input, ctx) => {
    const recent = ctx.settings.data.recent;
    const gone = recent.filter((r) => !sessionExists(r.path));
    if (gone.length) {
      await ctx.settings.update((s) => {
        s.recent = s.recent.filter((r) => !gone.includes(r));
      });
    }
    return { sessions: ctx.settings.data.recent, dropped: gone.map((r) => r.path) };
  },
};
