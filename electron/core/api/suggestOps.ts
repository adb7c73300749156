import type { Annotation } from '../../shared/model';
import { documentDate } from '../../shared/structure/documentDate';
import { ruleOrigin, type SuggestionItem } from '../../shared/suggest/suggestionItem';
import { SuggestionTagSchema } from '../../shared/suggest/suggestionSchema';
import { sessionSuggestions } from '../suggest/sessionSuggestions';
import { suggest } from '../suggest/suggest';
import type { Rejection } from '../store/sessionFormat';
import type { SessionStore } from '../store/SessionStore';
import { applyRecorded, makeSpan } from './annotationOps';
import type { RuleRun } from '../suggest/ruleRun';
import type { CoreContext } from './CoreContext';
import type { Handlers } from './handlerTypes';
import { requireTag } from './tagOps';

const SUGGESTION_TAGS: readonly string[] = SuggestionTagSchema.options;

/**
 * The suggestions a document has now (see sessionSuggestions), given the
 * engine's run over it: of `tags`, or by default of the session's tags the
 * engine suggests. The CLI asks this of a session it opened read-only.
 */
export function suggestionsIn(store: SessionStore, docId: string, run: RuleRun, tags: readonly string[] | null): SuggestionItem[] {
  const wanted = new Set(
    tags ??
      store
        .tags()
        .map((t) => t.id)
        .filter((id) => SUGGESTION_TAGS.includes(id)),
  );
  return sessionSuggestions({
    docId,
    offsets: run.offsets,
    year: run.year,
    rules: run.suggestions,
    tags: wanted,
    spans: store.annotations(docId),
    accepted: store.allAnnotations().filter((a) => a.origin?.startsWith('rule:')),
    rejectedHere: store.rejections(docId),
    rejected: store.allRejections(),
  });
}

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
    const now = new Date().toISOString();
    const made: Annotation[] = accepted.map((s) => ({
      ...makeSpan(offsets, docId, s.start, s.end, s.tag, '', now),
      origin: ruleOrigin(s.rule),
    }));
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
    if (reverse.remove.length) await ctx.history.record({ docId, change: { put: [], remove: [] }, rejections: reverse });
    return { rejected: reverse.remove.length };
  },
};
