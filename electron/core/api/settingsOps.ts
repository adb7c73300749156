import type { Handlers } from './handlerTypes';

export const settingsOps: Handlers<'settings.get' | 'settings.set'> = {
  'settings.get': async (_input, ctx) => ({
    language: ctx.settings.data.language,
    snapToWords: ctx.settings.data.snapToWords,
    textWidth: ctx.settings.data.textWidth,
    notices: [...ctx.settings.notices],
  }),
  'settings.set': async ({ language, snapToWords, textWidth }, ctx) => {
    await ctx.settings.update((s) => {
      if (language !== undefined) s.language = language;
      if (snapToWords !== undefined) s.snapToWords = snapToWords;
      if (textWidth !== undefined) s.textWidth = textWidth;
    });
    return { ok: true as const };
  },
};
