import { documentDate } from '../../shared/structure/documentDate';
import { suggest } from '../suggest/suggest';
import type { Handlers } from './handlerTypes';

/**
 * The rule engine over a document of the open session: its text and title,
 * the year its date gives (what 今年 in a target's value resolves against),
 * and its spans, which no suggestion of the same tag overlaps.
 */
export const suggestOps: Handlers<'suggest.run'> = {
  'suggest.run': async ({ docId, tags }, ctx) => {
    const { record } = await ctx.text(docId);
    const year = documentDate(record.text, record.title)?.year ?? undefined;
    const existing = ctx.requireStore().annotations(docId);
    return suggest({ text: record.text, title: record.title, year }, existing, tags ? { tags } : {});
  },
};
