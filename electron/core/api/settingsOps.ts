import type { Handlers } from './handlerTypes';

export const settingsOps: Handlers<'settings.get' | 'settings.set'> = {
  'settings.get': async (_input, ctx) => ({ language: ctx.settings.data.language, notices: [...ctx.settings.notices] }),
  'settings.set': async ({ language }, ctx) => {
    await ctx.settings.update((s) => {
      s.language = language;
    });
    return { ok: true as const };
  },
};
