import { resolve } from 'node:path';
import { PizhuError } from '../../shared/errors';
import { sessionExists } from '../store/SessionStore';
import type { Handlers } from './handlerTypes';
import { sessionInfo } from './sessionInfo';
import { rememberCurrent, switchSession } from './switchSession';

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
