import type { Handlers } from './handlerTypes';

export const settingsOps: Handlers<'settings.get' | 'settings.set'> = {
  'settings.get': async (_input, ctx) => ({ language: ctx.settings.data.language, textWidth: ctx.settings.data.textWidth }),
  'settings.set': async ({ language, textWidth }, ctx) => {
    await ctx.settings.update((s) => {
      if (language !== undefined) s.language = language;
      if (textWidth !== undefined) s.textWidth = textWidth;
    });
    return { ok: true as const };
  },
};
