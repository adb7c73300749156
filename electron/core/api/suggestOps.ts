import type { Annotation } from '../../shared/model';
import { documentDate } from '../../shared/structure/documentDate';
import { ruleOrigin, type SuggestionItem } from '../../shared/suggest/suggestionItem';
import { suggest } from '../suggest/suggest';
import type { Rejection } from '../store/sessionFormat';
import { applyRecorded } from './spanChanges';
import { makeSpan } from './spanRecords';
import { stamped } from './annotator';
import { withFreshFields } from '../spans/spanFields';
import type { CoreContext } from './CoreContext';
import type { Handlers } from './handlerTypes';
import { requireTag } from './requireTag';
import { SUGGESTION_TAGS, suggestionsIn } from './documentSuggestions';

async function currentSuggestions(ctx: CoreContext, docId: string, tags: readonly string[] | null): Promise<SuggestionItem[]> {
  return suggestionsIn(ctx.requireStore(), docId, await ctx.ruleSuggestions(docId), tags);
}

/** The suggestions of `ids` the document has now; ids no longer offered (accepted, rejected, covered since) are passed over. */
async function chosen(ctx: CoreContext, docId: string, ids: readonly string[]): Promise<SuggestionItem[]> {
  const wanted = new Set(ids);
  return (await currentSuggestions(ctx, docId, SUGGESTION_TAGS)).filter((s) => wanted.has(s.id));
}

/**
 * Suggestions: the rule engine's (suggest.run, which writes nothing and knows
 * no decisions), and the session's (suggestions.*), which leave out what was
 * rejected or is already tagged, add projections of accepted text, and turn
 * into spans (with their origin) or rejections as undoable steps.
 */
export const suggestOps: Handlers<'suggest.run' | 'suggestions.list' | 'suggestions.accept' | 'suggestions.reject'> = {
  'suggest.run': async ({ docId, tags }, ctx) => {
    const { record } = await ctx.text(docId);
    const year = documentDate(record.text, record.title)?.year ?? undefined;
    const existing = ctx.requireStore().annotations(docId);
    return suggest({ text: record.text, title: record.title, year }, existing, tags ? { tags } : {});
  },
  'suggestions.list': async ({ docId, tags }, ctx) => currentSuggestions(ctx, docId, tags),
  /** Many suggestions become spans as one change and one undo step. */
  'suggestions.accept': async ({ docId, ids }, ctx) => {
    const store = ctx.requireStore();
    const accepted = await chosen(ctx, docId, ids);
    for (const tag of new Set(accepted.map((s) => s.tag))) requireTag(store, tag);
    const { offsets } = await ctx.text(docId);
    const facts = await ctx.facts(docId);
    const now = new Date().toISOString();
    // An accepted suggestion is a span like one drawn by hand: its section, and a target's value, come with it.
    const made: Annotation[] = accepted.map((s) =>
      stamped(ctx, withFreshFields({ ...makeSpan(offsets, docId, s.start, s.end, s.tag, '', now), origin: ruleOrigin(s.rule) }, facts)),
    );
    if (made.length) await applyRecorded(ctx, docId, { put: made, remove: [] });
    return made;
  },
  /** Rejections are kept in the session, and undone as one step. */
  'suggestions.reject': async ({ docId, ids }, ctx) => {
    const store = ctx.requireStore();
    const at = new Date().toISOString();
    const add: Rejection[] = (await chosen(ctx, docId, ids)).map(({ id, start, end, tag, quote, rule }) => ({
      id,
      start,
      end,
      tag,
      quote,
      rule,
      at,
    }));
    const reverse = await store.applyRejections(docId, { add, remove: [] });
    if (reverse.remove.length) await ctx.history.record({ changes: [{ docId, change: { put: [], remove: [] }, rejections: reverse }] });
    return { rejected: reverse.remove.length };
  },
};
